using KognitosGen.Emulator;
using KognitosGen.ReliabilityTests.Faults;

namespace KognitosGen.ReliabilityTests.Ledger;

/// <summary>The ledger tests' emulator: the echo process the worker starts, and a process whose runs fail at once.</summary>
public static class LedgerScenario
{
    public const string Failing = "f41l1ngpr0c3ss000000001";

    public static EmulatorScenario Build() => new EmulatorScenario()
        .AddApiKey(FaultScenario.Key)
        .AddAgent(FaultScenario.Agent, agent => agent
            .AddProcess(FaultScenario.Echo, "to echo an invoice", configureRun: run =>
            {
                run.PendingMs = 20;
                run.RunningMs = 30;
            })
            .AddProcess(Failing, "to fail an invoice", configureRun: run =>
            {
                run.PendingMs = 0;
                run.RunningMs = 0;
                run.Status = TerminalRunStatus.Failed;
            }));

    /// <summary>The server's runs of the echo process by invoice number (the key).</summary>
    public static Dictionary<string, List<string>> RunsByKey(KognitosEmulator emulator) =>
        emulator.Runs.Where(run => run.ProcessId == FaultScenario.Echo)
            .GroupBy(run => run.Inputs.Single(input => input.Key == "invoice number").Value.GetString()!)
            .ToDictionary(group => group.Key, group => group.Select(run => run.Id).ToList());
}
