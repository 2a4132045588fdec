using KognitosGen.Tests.Client;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace KognitosGen.Tests.DependencyInjection;

/// <summary>A host with bad Kognitos settings fails when it starts, naming the configuration key and never the value.</summary>
[Collection(nameof(EnvironmentVariableCollection))]
public sealed class StartupValidationTests : IDisposable
{
    private const string Secret = "sk-live-do-not-print-4f1e";
    private readonly string? _savedKey = Environment.GetEnvironmentVariable(KognitosClientOptions.ApiKeyEnvironmentVariable);

    public StartupValidationTests() => Environment.SetEnvironmentVariable(KognitosClientOptions.ApiKeyEnvironmentVariable, null);

    public void Dispose() => Environment.SetEnvironmentVariable(KognitosClientOptions.ApiKeyEnvironmentVariable, _savedKey);

    private static IHost Host(Dictionary<string, string?> settings, Action<IServiceCollection> addKognitos)
    {
        // No defaults: the machine's environment and files must not feed the host.
        var builder = new HostApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(settings);
        addKognitos(builder.Services);
        return builder.Build();
    }

    private static async Task<Exception> StartFailsAsync(Dictionary<string, string?> settings, Action<IServiceCollection>? addKognitos = null)
    {
        using var host = Host(settings, addKognitos ?? (services => services.AddKognitos()));
        var error = await Assert.ThrowsAnyAsync<Exception>(() => host.StartAsync());
        Assert.DoesNotContain(Secret, error.ToString());
        return error;
    }

    [Fact]
    public async Task A_missing_key_fails_the_start_naming_Kognitos_ApiKey_and_the_environment_variable()
    {
        var error = await StartFailsAsync(new() { ["Kognitos:Region"] = "EU" });

        var validation = Assert.IsType<OptionsValidationException>(error);
        Assert.Equal(["Kognitos:ApiKey is not set, nor is the KOGNITOS_API_KEY environment variable."], validation.Failures);
    }

    [Fact]
    public async Task A_key_from_the_environment_variable_passes()
    {
        Environment.SetEnvironmentVariable(KognitosClientOptions.ApiKeyEnvironmentVariable, Secret);
        using var host = Host(new() { ["Kognitos:Region"] = "EU" }, services => services.AddKognitos());

        await host.StartAsync();
        await host.StopAsync();
    }

    [Fact]
    public async Task A_region_that_does_not_exist_fails_the_start_naming_Kognitos_Region_not_the_value()
    {
        var error = await StartFailsAsync(new() { ["Kognitos:ApiKey"] = Secret, ["Kognitos:Region"] = "Mars" });

        Assert.Contains("Kognitos:Region is not US, EU or UK", error.Message);
        Assert.DoesNotContain("Mars", error.Message);
    }

    [Fact]
    public async Task A_region_set_in_code_to_no_region_fails_the_start_too()
    {
        var error = await StartFailsAsync(new() { ["Kognitos:ApiKey"] = Secret }, services => services.AddKognitos(o => o.Region = (KognitosRegion)7));

        Assert.Equal(["Kognitos:Region must be US, EU or UK."], Assert.IsType<OptionsValidationException>(error).Failures);
    }

    [Theory]
    [InlineData("not a url", "Kognitos:BaseUrl is not an absolute URL")]
    [InlineData("http://kognitos.example.com/", "Kognitos:BaseUrl is refused: only https is allowed, or http to a loopback address")]
    [InlineData("ftp://127.0.0.1/", "Kognitos:BaseUrl is refused: only https is allowed")]
    public async Task A_bad_base_url_fails_the_start_naming_Kognitos_BaseUrl_not_the_value(string url, string expected)
    {
        var error = await StartFailsAsync(new() { ["Kognitos:ApiKey"] = Secret, ["Kognitos:BaseUrl"] = url });

        Assert.Contains(expected, error.Message);
        Assert.DoesNotContain(url.TrimEnd('/'), error.Message);
    }

    [Fact]
    public async Task Every_bad_timeout_retry_and_polling_value_is_named_at_once()
    {
        var error = await StartFailsAsync(new()
        {
            ["Kognitos:ApiKey"] = Secret,
            ["Kognitos:RequestTimeout"] = "00:00:00",
            ["Kognitos:MaxConcurrentRequests"] = "0",
            ["Kognitos:RunListingLag"] = "01:00:00",
            ["Kognitos:Retry:MaxRetries"] = "-1",
            ["Kognitos:Retry:BaseDelay"] = "-00:00:01",
            ["Kognitos:Polling:Multiplier"] = "0.5",
            ["Kognitos:Polling:Jitter"] = "2",
            ["Kognitos:Polling:Timeout"] = "00:00:00",
        });

        Assert.Equal(
        [
            "Kognitos:RequestTimeout must be positive (or Timeout.InfiniteTimeSpan).",
            "Kognitos:RunListingLag must be from zero to 00:10:00.",
            "Kognitos:MaxConcurrentRequests must be positive.",
            "Kognitos:Retry:MaxRetries must be 0 or more.",
            "Kognitos:Retry:BaseDelay must not be negative.",
            "Kognitos:Polling:Timeout must be positive (or Timeout.InfiniteTimeSpan).",
            "Kognitos:Polling:Multiplier must be a finite number of at least 1.",
            "Kognitos:Polling:Jitter must be between 0 and 1.",
        ], Assert.IsType<OptionsValidationException>(error).Failures);
    }

    [Fact]
    public async Task A_named_clients_problems_name_its_own_section()
    {
        var error = await StartFailsAsync(
            new() { ["Kognitos:ApiKey"] = Secret, ["Kognitos:eu:Region"] = "EU", ["Kognitos:eu:Retry:MaxRetries"] = "-2" },
            services => services.AddKognitos("eu"));

        Assert.Equal(
            ["Kognitos:eu:ApiKey is not set, nor is the KOGNITOS_API_KEY environment variable.", "Kognitos:eu:Retry:MaxRetries must be 0 or more."],
            Assert.IsType<OptionsValidationException>(error).Failures);
    }

    [Fact]
    public async Task Options_bound_from_an_explicit_section_are_named_by_that_section()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Clients:Billing:ApiKey"] = Secret,
            ["Clients:Billing:Polling:InitialInterval"] = "-00:00:01",
        }).Build();

        var error = await StartFailsAsync([], services => services.AddKognitos(configuration.GetSection("Clients:Billing")));

        Assert.Equal(["Clients:Billing:Polling:InitialInterval must not be negative."], Assert.IsType<OptionsValidationException>(error).Failures);
    }

    [Fact]
    public async Task A_valid_configuration_starts_and_the_client_resolves()
    {
        using var host = Host(new() { ["Kognitos:ApiKey"] = Secret, ["Kognitos:Region"] = "uk" }, services => services.AddKognitos());

        await host.StartAsync();
        var client = host.Services.GetRequiredService<KognitosClient>();
        await host.StopAsync();

        Assert.Equal(new Uri("https://rest-api.uk.kognitos.com/"), client.BaseAddress);
        Assert.DoesNotContain(Secret, client.ToString());
    }
}
