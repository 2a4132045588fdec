using KognitosGen.Emulator;
using KognitosGen.Tests.Infrastructure;

namespace KognitosGen.Tests.Emulator;

/// <summary>The scenario the client's integration tests run against.</summary>
public static class EmulatorScenarios
{
    public const string OrgKey = "org-key-7d41c2";
    public const string AgentKey = "agent-key-93ab0e";
    public const string Agent = "a7xm2kp9qwj3v5nh8t4c6r1e9z";
    public const string OtherAgent = "9xk2m3pd7tq8v1za4b5n6c7e8f";
    public const string Invoices = "b4fznghynbdemslfd5k044fgd";
    public const string Failing = "f41l1ngpr0c3ss000000000001";
    public const string ManyRuns = "p4g1ngpr0c3ss000000000001";
    public const string DraftOnly = "dr4ftpr0c3ss0000000000001";
    public const string OtherAgentsProcess = "0th3r4g3ntpr0c3ss00000001";

    public static EmulatorScenario Build() => new EmulatorScenario()
        .AddApiKey(OrgKey)
        .AddApiKey(AgentKey, Agent)
        .AddAgent(Agent, agent => agent
            .AddProcess(Invoices, "to process the invoices", ProcessStage.Published, run =>
            {
                run.PendingMs = 20;
                run.RunningMs = 40;
                run.WithOutput("the output total", ScenarioOutput.FromInput("amount"))
                    .WithOutput("the output vendor", "ACME")
                    .WithOutput("the output files", ScenarioOutput.FileNames());
            })
            .AddProcess(Failing, "to fail on purpose", ProcessStage.Published, run =>
            {
                run.PendingMs = 10;
                run.RunningMs = 10;
                run.Status = TerminalRunStatus.Failed;
            })
            .AddProcess(ManyRuns, "to be run many times", ProcessStage.Published, run =>
            {
                run.PendingMs = 0;
                run.RunningMs = 0;
            })
            .AddProcess(DraftOnly, "to be tried in draft", ProcessStage.Draft))
        .AddAgent(OtherAgent, agent => agent.AddProcess(OtherAgentsProcess, "to belong elsewhere"));

    public static KognitosClient ClientFor(KognitosEmulator emulator, string key = OrgKey, Action<KognitosClientOptions>? configure = null)
    {
        var options = TestOptions.Fast(emulator.BaseAddress, key);
        configure?.Invoke(options);
        return new KognitosClient(options);
    }
}
