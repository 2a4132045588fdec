using System.Globalization;
using KognitosGen.Emulator;
using KognitosGen.ReliabilityTests.Faults;
using KognitosGen.Testing;

namespace KognitosGen.ReliabilityTests.Ledger;

/// <summary>Launches tests/KognitosGen.Ledger.Worker as a separate OS process and reads what it printed.</summary>
public static class LedgerWorker
{
    private static readonly string WorkerDll = LocateWorker();

    public static async Task<LedgerWorkerResult> RunAsync(
        KognitosEmulator emulator, LedgerStore store, IEnumerable<(string Key, int Amount)> starts, TimeSpan lease, int concurrency, string? dieAt = null)
    {
        var list = string.Join(",", starts.Select(start => $"{start.Key}:{start.Amount.ToString(CultureInfo.InvariantCulture)}"));
        var arguments = new List<string>
        {
            WorkerDll, emulator.BaseAddress.ToString(), FaultScenario.Key, FaultScenario.Agent, FaultScenario.Echo, store.WorkerStore, store.Location,
            ((int)lease.TotalMilliseconds).ToString(CultureInfo.InvariantCulture), concurrency.ToString(CultureInfo.InvariantCulture), list,
        };
        if (dieAt is not null)
            arguments.Add(dieAt);
        var environment = new Dictionary<string, string> { ["DOTNET_TieredPGO"] = "0", ["DOTNET_TC_QuickJitForLoops"] = "1" };
        var (exitCode, output) = await DotnetCli.RunAsync(Path.GetDirectoryName(WorkerDll)!, environment, [.. arguments]);
        return new LedgerWorkerResult(exitCode, output);
    }

    // Built beside this test project (the ProjectReference builds it), in the same configuration and framework.
    private static string LocateWorker()
    {
        var testOutput = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var framework = testOutput.Name;
        var configuration = testOutput.Parent!.Name;
        var path = Path.Combine(TestRepository.Root, "tests", "KognitosGen.Ledger.Worker", "bin", configuration, framework, "KognitosGen.Ledger.Worker.dll");
        return File.Exists(path) ? path : throw new FileNotFoundException($"The ledger worker was not built at {path}.", path);
    }
}
