using KognitosGen.Emulator;
using KognitosGen.ReliabilityTests.Faults;

namespace KognitosGen.ReliabilityTests.Variants;

/// <summary>The fault suite's scenario plus what the variant checks need: ending states, files, a process in both stages, a second agent, an agent key.</summary>
public static class VariantScenario
{
    public const string Agent = FaultScenario.Agent;
    public const string OtherAgent = "0th3r4g3nt000000000000001";
    public const string AgentKey = "reliability-agent-key";
    public const string Failing = "f41l1nv01c3000000000001";
    public const string TimingOut = "t1m30utpr0c3ss000000001";
    public const string Scans = "sc4nr34d3r0000000000001";
    public const string BothStages = "b0thst4g3s000000000001";

    public static EmulatorScenario Build(EmulatorVariants variants, FaultSettings? faults = null)
    {
        var scenario = FaultScenario.Build(faults).WithVariants(variants).AddApiKey(AgentKey, Agent);
        var agent = scenario.Agents.Single(a => a.Id == Agent);
        agent.AddProcess(Failing, "to fail an invoice", configureRun: run =>
            {
                run.PendingMs = 10;
                run.RunningMs = 20;
                run.Status = TerminalRunStatus.Failed;
            })
            .AddProcess(TimingOut, "to time out", configureRun: run =>
            {
                run.PendingMs = 10;
                run.RunningMs = 20;
                run.Status = TerminalRunStatus.TimedOut;
            })
            .AddProcess(Scans, "to read a scan", configureRun: run =>
            {
                run.PendingMs = 10;
                run.RunningMs = 20;
                run.WithOutput("the output total items", ScenarioOutput.FileCount());
            });
        agent.AddProcessInBothStages(BothStages, "to approve an invoice",
            published =>
            {
                published.PendingMs = 10;
                published.RunningMs = 20;
                published.WithOutput("the output approved", true);
            },
            draft =>
            {
                draft.PendingMs = 10;
                draft.RunningMs = 20;
                draft.Status = TerminalRunStatus.Failed;
            });
        return scenario.AddAgent(OtherAgent, other => other.AddProcess("0th3rpr0c3ss0000000000001", "to belong elsewhere"));
    }
}
