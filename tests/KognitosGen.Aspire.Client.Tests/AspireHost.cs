using KognitosGen.Emulator;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace KognitosGen.Aspire.Client.Tests;

/// <summary>An empty application builder with the given configuration, and an emulator that knows one key.</summary>
internal static class AspireHost
{
    public const string Key = "aspire-key-5c2e91";

    public static HostApplicationBuilder Builder(IEnumerable<KeyValuePair<string, string?>> configuration)
    {
        var builder = Host.CreateEmptyApplicationBuilder(settings: null);
        builder.Configuration.AddInMemoryCollection(configuration);
        return builder;
    }

    public static KeyValuePair<string, string?> ConnectionTo(KognitosEmulator emulator, string name = "kognitos") =>
        new($"ConnectionStrings:{name}", $"Endpoint={emulator.BaseAddress};Key={Key}");

    public static Task<KognitosEmulator> StartEmulatorAsync(FaultSettings? faults = null)
    {
        var scenario = new EmulatorScenario().AddApiKey(Key);
        return KognitosEmulator.StartAsync(faults is null ? scenario : scenario.WithFaults(faults));
    }

    /// <summary>No retries, so a faulted emulator answers a check at once.</summary>
    public static void NoRetries(KognitosClientOptions options) => options.Retry.MaxRetries = 0;
}
