using KognitosGen.Emulator;
using KognitosGen.ReliabilityTests.Infrastructure;

namespace KognitosGen.ReliabilityTests.Faults;

/// <summary>The emulator scenario and client settings the fault tests share.</summary>
public static class FaultScenario
{
    public const string Key = "reliability-key";
    public const string Agent = "a7xm2kp9qwj3v5nh8t4c6r1e9z";
    public const string Echo = "3ch01nv01c3000000000001";
    public const string Slow = "sl0wpr0c3ss00000000001";
    public const string Scans = "3ch0sc4n000000000000001";

    /// <summary>
    /// The fault mix the suites run under: 10% 429 with Retry-After 1, 5% 503, 2.5% of connections dropped before and
    /// 2.5% after the server handled the request, 1-15 ms of latency. A new instance each time.
    /// </summary>
    public static FaultSettings StandardMix() => new()
    {
        Seed = ReliabilityScale.Seed,
        RateLimitRate = 0.10,
        RetryAfterSeconds = 1,
        ServiceUnavailableRate = 0.05,
        DropBeforeHandlingRate = 0.025,
        DropAfterHandlingRate = 0.025,
        LatencyMs = 1,
        LatencyMaxMs = 15,
    };

    public static EmulatorScenario Build(FaultSettings? faults = null)
    {
        var scenario = new EmulatorScenario()
            .AddApiKey(Key)
            .AddAgent(Agent, agent => agent
                .AddProcess(Echo, "to echo an invoice", configureRun: run =>
                {
                    run.PendingMs = 20;
                    run.RunningMs = 30;
                    run.WithOutput("the output invoice number", ScenarioOutput.FromInput("invoice number"))
                        .WithOutput("the output total", ScenarioOutput.FromInput("amount"));
                })
                .AddProcess(Scans, "to echo a scan", configureRun: run =>
                {
                    run.PendingMs = 20;
                    run.RunningMs = 30;
                    run.WithOutput("the output invoice number", ScenarioOutput.FromInput("invoice number"))
                        .WithOutput("the output file names", ScenarioOutput.FileNames());
                })
                .AddProcess(Slow, "to take forever", configureRun: run =>
                {
                    run.PendingMs = 10;
                    run.RunningMs = 3_600_000;
                }));
        return faults is null ? scenario : scenario.WithFaults(faults);
    }

    /// <summary>A client that rides out heavy fault rates: a deep retry budget, short delays, Retry-After honoured.</summary>
    public static KognitosClient Client(KognitosEmulator emulator, Action<KognitosClientOptions>? configure = null)
    {
        var options = ClientOptions(emulator.BaseAddress);
        configure?.Invoke(options);
        return new KognitosClient(options);
    }

    /// <summary>The settings of <see cref="Client"/>, for a client on another address or HTTP stack.</summary>
    public static KognitosClientOptions ClientOptions(Uri baseUrl) =>
        new()
        {
            BaseUrl = baseUrl,
#pragma warning disable KOG0010 // A key the in-process emulator made up, not a secret.
            ApiKey = Key,
#pragma warning restore KOG0010
            RequestTimeout = TimeSpan.FromSeconds(20),
            Retry = new KognitosRetryOptions
            {
                MaxRetries = 12,
                BaseDelay = TimeSpan.FromMilliseconds(20),
                MaxDelay = TimeSpan.FromMilliseconds(400),
                MaxRetryAfter = TimeSpan.FromSeconds(5),
            },
            Polling = new KognitosPollingOptions
            {
                InitialInterval = TimeSpan.FromMilliseconds(40),
                MaxInterval = TimeSpan.FromMilliseconds(200),
                Timeout = TimeSpan.FromMinutes(3),
            },
        };
}
