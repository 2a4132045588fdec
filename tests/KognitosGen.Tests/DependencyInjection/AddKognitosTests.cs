using KognitosGen.Emulator;
using KognitosGen.Extensions.DependencyInjection;
using KognitosGen.Tests.Client;
using KognitosGen.Tests.Emulator;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KognitosGen.Tests.DependencyInjection;

/// <summary>services.AddKognitos(): options from configuration, a typed client from IHttpClientFactory, safe logs.</summary>
[Collection(nameof(EnvironmentVariableCollection))]
public sealed class AddKognitosTests : IAsyncLifetime
{
    private KognitosEmulator _emulator = null!;

    public async Task InitializeAsync() => _emulator = await KognitosEmulator.StartAsync(EmulatorScenarios.Build());

    public async Task DisposeAsync() => await _emulator.DisposeAsync();

    private ServiceProvider Services(Dictionary<string, string?> settings, CollectingLoggerProvider? logs = null, Action<KognitosClientOptions>? configure = null)
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        services.AddLogging(builder =>
        {
            builder.SetMinimumLevel(LogLevel.Trace);
            if (logs is not null)
                builder.AddProvider(logs);
        });
        services.AddKognitos(configure);
        return services.BuildServiceProvider();
    }

    private Dictionary<string, string?> EmulatorSettings() => new()
    {
        ["Kognitos:BaseUrl"] = _emulator.BaseAddress.ToString(),
        ["Kognitos:ApiKey"] = EmulatorScenarios.OrgKey,
        ["Kognitos:RequestTimeout"] = "00:00:20",
        ["Kognitos:Retry:MaxRetries"] = "5",
        ["Kognitos:Retry:BaseDelay"] = "00:00:00.010",
        ["Kognitos:Polling:InitialInterval"] = "00:00:00.005",
        ["Kognitos:Polling:Multiplier"] = "1.5",
        ["Kognitos:Polling:CoalesceWaits"] = "false",
        ["Kognitos:MaxConcurrentRequests"] = "8",
        ["Kognitos:RunStartRecovery"] = "false",
        ["Kognitos:RunListingLag"] = "00:00:01.500",
        ["Kognitos:InputValues"] = "strings",
    };

    [Fact]
    public async Task One_client_is_shared_with_options_from_the_Kognitos_section()
    {
        await using var provider = Services(EmulatorSettings());

        var client = provider.GetRequiredService<KognitosClient>();
        var options = provider.GetRequiredService<IOptions<KognitosClientOptions>>().Value;
        var health = await client.GetHealthAsync();

        Assert.Equal("OK", health.Status);
        Assert.Equal(_emulator.BaseAddress, client.BaseAddress);
        Assert.Equal(TimeSpan.FromSeconds(20), options.RequestTimeout);
        Assert.Equal(5, options.Retry.MaxRetries);
        Assert.Equal(TimeSpan.FromMilliseconds(10), options.Retry.BaseDelay);
        Assert.Equal(1.5, options.Polling.Multiplier);
        Assert.False(options.Polling.CoalesceWaits);
        Assert.Equal(8, options.MaxConcurrentRequests);
        Assert.False(options.RunStartRecovery);
        Assert.Equal(TimeSpan.FromMilliseconds(1_500), options.RunListingLag);
        Assert.Equal(KognitosInputValueForm.Strings, options.InputValues);
        Assert.Same(client, provider.GetRequiredService<KognitosClient>());
    }

    [Fact]
    public async Task Adding_the_client_twice_adds_configuration_not_a_second_client_or_logging_handler()
    {
        var logs = new CollectingLoggerProvider();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(EmulatorSettings()).Build());
        services.AddLogging(builder => builder.SetMinimumLevel(LogLevel.Trace).AddProvider(logs));
        services.AddKognitos();
        services.AddKognitos(o => o.Retry.MaxRetries = 1);
        await using var provider = services.BuildServiceProvider();

        await provider.GetRequiredService<KognitosClient>().GetHealthAsync();

        Assert.Equal(1, provider.GetRequiredService<IOptions<KognitosClientOptions>>().Value.Retry.MaxRetries);
        Assert.Single(provider.GetServices<KognitosClient>());
        Assert.Single(logs.Lines, l => l.Contains("Kognitos GET /v2/health answered 200", StringComparison.Ordinal) && l.StartsWith("Debug", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_configure_delegate_applies_after_configuration()
    {
        await using var provider = Services(EmulatorSettings(), configure: o => o.Retry.MaxRetries = 1);

        Assert.Equal(1, provider.GetRequiredService<IOptions<KognitosClientOptions>>().Value.Retry.MaxRetries);
    }

    [Fact]
    public async Task An_explicit_section_can_be_bound_instead()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Clients:Billing:BaseUrl"] = _emulator.BaseAddress.ToString(),
            ["Clients:Billing:ApiKey"] = EmulatorScenarios.OrgKey,
            ["Clients:Billing:Region"] = "eu",
        }).Build();
        var services = new ServiceCollection().AddLogging();
        services.AddKognitos(configuration.GetSection("Clients:Billing"));
        await using var provider = services.BuildServiceProvider();

        var options = provider.GetRequiredService<IOptions<KognitosClientOptions>>().Value;
        Assert.Equal(KognitosRegion.EU, options.Region);
        Assert.Equal("OK", (await provider.GetRequiredService<KognitosClient>().GetHealthAsync()).Status);
    }

    [Theory]
    [InlineData("Kognitos:Region", "Mars", "Kognitos:Region is not US, EU or UK")]
    [InlineData("Kognitos:InputValues", "Numbers", "Kognitos:InputValues is not Json or Strings")]
    [InlineData("Kognitos:BaseUrl", "not a url", "Kognitos:BaseUrl is not an absolute URL")]
    [InlineData("Kognitos:RequestTimeout", "soon", "Kognitos:RequestTimeout is not a duration")]
    [InlineData("Kognitos:Retry:MaxRetries", "many", "Kognitos:Retry:MaxRetries is not a whole number")]
    [InlineData("Kognitos:Polling:Jitter", "lots", "Kognitos:Polling:Jitter is not a number")]
    [InlineData("Kognitos:RunStartRecovery", "perhaps", "Kognitos:RunStartRecovery is not true or false")]
    public async Task A_bad_configuration_value_names_its_key_but_not_its_value(string key, string value, string expected)
    {
        var settings = EmulatorSettings();
        settings[key] = value;
        await using var provider = Services(settings);

        var error = Assert.Throws<InvalidOperationException>(() => provider.GetRequiredService<KognitosClient>());

        Assert.Contains(expected, error.Message);
        Assert.DoesNotContain(value, error.Message);
    }

    [Fact]
    public async Task Without_a_key_in_configuration_the_environment_variable_is_used()
    {
        var settings = EmulatorSettings();
        settings.Remove("Kognitos:ApiKey");
        var saved = Environment.GetEnvironmentVariable(KognitosClientOptions.ApiKeyEnvironmentVariable);
        Environment.SetEnvironmentVariable(KognitosClientOptions.ApiKeyEnvironmentVariable, EmulatorScenarios.OrgKey);
        try
        {
            await using var provider = Services(settings);

            Assert.Equal("OK", (await provider.GetRequiredService<KognitosClient>().GetHealthAsync()).Status);
        }
        finally
        {
            Environment.SetEnvironmentVariable(KognitosClientOptions.ApiKeyEnvironmentVariable, saved);
        }
    }

    [Trait("Category", "Reliability")]
    [Fact]
    public async Task Exchanges_are_logged_without_the_key_or_query_strings()
    {
        var logs = new CollectingLoggerProvider();
        await using var provider = Services(EmulatorSettings(), logs);
        var client = provider.GetRequiredService<KognitosClient>();

        await client.GetHealthAsync();
        await client.ListProcessesPageAsync(EmulatorScenarios.Agent);
        await Assert.ThrowsAsync<KognitosApiException>(() => client.GetRunAsync("nosuchrun"));

        var lines = logs.Lines.ToList();
        Assert.Contains(lines, l => l.Contains("Kognitos GET /v2/health answered 200", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("Warning", StringComparison.Ordinal) && l.Contains("/v2/runs/nosuchrun answered 404", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Contains(EmulatorScenarios.OrgKey, StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Contains("Kognitos GET /v2/processes?", StringComparison.Ordinal));
    }
}
