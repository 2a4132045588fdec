using System.Collections.Concurrent;
using KognitosGen.Emulator;
using KognitosGen.Tests.Client;
using KognitosGen.Tests.Emulator;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace KognitosGen.Tests.DependencyInjection;

/// <summary>AddKognitos(name): one client per account, each from its own section, with its own key, throttle and handlers.</summary>
[Collection(nameof(EnvironmentVariableCollection))]
public sealed class NamedClientTests : IAsyncLifetime
{
    private const string EuKey = "eu-account-key-51c0";
    private const string UsKey = "us-account-key-8e2d";
    private KognitosEmulator _eu = null!;
    private KognitosEmulator _us = null!;

    public async Task InitializeAsync()
    {
        _eu = await KognitosEmulator.StartAsync(new EmulatorScenario().AddApiKey(EuKey));
        _us = await KognitosEmulator.StartAsync(new EmulatorScenario().AddApiKey(UsKey));
    }

    public async Task DisposeAsync()
    {
        await _eu.DisposeAsync();
        await _us.DisposeAsync();
    }

    private ServiceCollection Services(Dictionary<string, string?>? extra = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Kognitos:eu:BaseUrl"] = _eu.BaseAddress.ToString(),
            ["Kognitos:eu:ApiKey"] = EuKey,
            ["Kognitos:eu:MaxConcurrentRequests"] = "3",
            ["Kognitos:us:BaseUrl"] = _us.BaseAddress.ToString(),
            ["Kognitos:us:ApiKey"] = UsKey,
            ["Kognitos:us:MaxConcurrentRequests"] = "7",
        };
        foreach (var (key, value) in extra ?? [])
            settings[key] = value;
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        return services;
    }

    [Fact]
    public async Task Two_named_clients_call_their_own_endpoint_with_their_own_key_and_throttle()
    {
        var services = Services();
        var euRequests = new ConcurrentQueue<string>();
        services.AddKognitos("eu").AddHttpMessageHandler(() => new PathRecorder(euRequests));
        services.AddKognitos("us");
        services.AddSingleton<EuReports>();
        await using var provider = services.BuildServiceProvider();

        var eu = provider.GetRequiredKeyedService<KognitosClient>("eu");
        var us = provider.GetRequiredKeyedService<KognitosClient>("us");
        // Each key is known only to its own emulator: a client that sent the other's key would get 401.
        await eu.GetHealthAsync();
        await us.GetHealthAsync();
        await us.GetHealthAsync();

        Assert.NotSame(eu, us);
        Assert.Same(eu, provider.GetRequiredKeyedService<KognitosClient>("eu"));
        Assert.Same(eu, provider.GetRequiredService<EuReports>().Client);
        Assert.Equal(_eu.BaseAddress, eu.BaseAddress);
        Assert.Equal(_us.BaseAddress, us.BaseAddress);
        Assert.Equal(1, _eu.Counters.RequestsFor("GET", "/v2/health"));
        Assert.Equal(2, _us.Counters.RequestsFor("GET", "/v2/health"));
        Assert.Equal(3, eu.ThrottleLimit);
        Assert.Equal(7, us.ThrottleLimit);
        Assert.Equal(["/v2/health"], euRequests);
        Assert.Null(provider.GetService<KognitosClient>());
    }

    [Fact]
    public async Task A_named_client_takes_nothing_from_the_default_section()
    {
        var saved = Environment.GetEnvironmentVariable(KognitosClientOptions.ApiKeyEnvironmentVariable);
        Environment.SetEnvironmentVariable(KognitosClientOptions.ApiKeyEnvironmentVariable, null);
        try
        {
            var services = Services(new() { ["Kognitos:eu:ApiKey"] = null, ["Kognitos:ApiKey"] = UsKey });
            services.AddKognitos("eu");
            await using var provider = services.BuildServiceProvider();

            var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredKeyedService<KognitosClient>("eu"));

            Assert.Contains("Kognitos:eu:ApiKey is not set, nor is the KOGNITOS_API_KEY environment variable.", error.Message);
            Assert.DoesNotContain(UsKey, error.Message);
        }
        finally
        {
            Environment.SetEnvironmentVariable(KognitosClientOptions.ApiKeyEnvironmentVariable, saved);
        }
    }

    [Fact]
    public async Task A_named_client_can_read_a_section_of_its_own_choosing_and_sit_beside_the_default_client()
    {
        var services = Services();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Accounts:Billing:BaseUrl"] = _us.BaseAddress.ToString(),
            ["Accounts:Billing:ApiKey"] = UsKey,
        }).Build();
        services.AddKognitos("billing", configuration.GetSection("Accounts:Billing"));
        services.AddKognitos(options =>
        {
            options.BaseUrl = _eu.BaseAddress;
            options.ApiKey = EuKey;
        });
        await using var provider = services.BuildServiceProvider();

        var billing = provider.GetRequiredKeyedService<KognitosClient>("billing");
        var main = provider.GetRequiredService<KognitosClient>();

        Assert.Equal("OK", (await billing.GetHealthAsync()).Status);
        Assert.Equal("OK", (await main.GetHealthAsync()).Status);
        Assert.Equal(_us.BaseAddress, billing.BaseAddress);
        Assert.Equal(_eu.BaseAddress, main.BaseAddress);
    }

    [Fact]
    public async Task A_named_clients_run_start_is_sent_once_under_a_retrying_handler()
    {
        await using var emulator = await KognitosEmulator.StartAsync(EmulatorScenarios.Build().WithFaults(new FaultSettings
        {
            DropAfterHandlingRate = 1, Methods = ["POST"], Paths = ["/v2/runs"],
        }));
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddKognitos("billing", o => FastKognitosOptions.Apply(o, emulator.BaseAddress, EmulatorScenarios.OrgKey))
            .AddStandardResilienceHandler(o => o.Retry.Delay = TimeSpan.FromMilliseconds(10));
        await using var provider = services.BuildServiceProvider();
        var client = provider.GetRequiredKeyedService<KognitosClient>("billing");

        var error = await Assert.ThrowsAsync<KognitosApiException>(() => client.CreateRunAsync(new KognitosCreateRunRequest
        {
            Name = "dropped", AgentId = EmulatorScenarios.Agent, ProcessId = EmulatorScenarios.Invoices,
        }));

        Assert.IsType<KognitosResendRefusedException>(error.InnerException);
        Assert.Equal(1, emulator.Counters.RequestsFor("POST", "/v2/runs"));
    }

    [Theory]
    [InlineData("Retry")]
    [InlineData("apikey")]
    [InlineData("eu:west")]
    [InlineData(" ")]
    public void A_name_that_would_clash_with_an_option_key_or_a_section_path_is_refused(string name)
    {
        var error = Assert.ThrowsAny<ArgumentException>(() => new ServiceCollection().AddKognitos(name));

        Assert.Equal("name", error.ParamName);
    }

    private sealed class EuReports([FromKeyedServices("eu")] KognitosClient client)
    {
        public KognitosClient Client { get; } = client;
    }

    private sealed class PathRecorder(ConcurrentQueue<string> paths) : DelegatingHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            paths.Enqueue(request.RequestUri!.AbsolutePath);
            return base.SendAsync(request, cancellationToken);
        }
    }
}
