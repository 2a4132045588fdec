using KognitosGen.Emulator;

namespace KognitosGen.ReliabilityTests.Load;

/// <summary>The emulator set-up the load runs against: one organisation key, one agent, three published processes, no faults.</summary>
public static class LoadScenario
{
    public const string ApiKey = "load-test-organisation-key";
    public const string AgentId = "load-agent-7xm2kp9qwj3v5n";

    public static IReadOnlyList<string> ProcessIds { get; } = ["invoices-process-4fzngh", "loans-process-8q7r6s5t4u", "shipping-process-2w1x0y"];

    public static EmulatorScenario Create() => new EmulatorScenario()
        .AddApiKey(ApiKey)
        .AddAgent(AgentId, agent => agent
            .AddProcess(ProcessIds[0], "to process the invoices", ProcessStage.Published, run =>
                run.WithOutput("the output total", ScenarioOutput.FromInput("amount")).WithOutput("the output vendor", "ACME"))
            .AddProcess(ProcessIds[1], "to approve a loan", ProcessStage.Published, run =>
                run.WithOutput("the output approved", true))
            .AddProcess(ProcessIds[2], "to ship a parcel", ProcessStage.Published, run =>
                run.WithOutput("the output label", ScenarioOutput.FromInput("address"))));
}
