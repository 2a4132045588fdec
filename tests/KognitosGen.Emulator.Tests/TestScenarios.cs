using System.Text.Json.Nodes;

namespace KognitosGen.Emulator.Tests;

/// <summary>The scenario most tests run against, built in code the way users would build one.</summary>
internal static class TestScenarios
{
    public const string OrgKey = "org-key";
    public const string AgentKey = "agent-key";
    public const string OtherAgentKey = "other-agent-key";

    public const string AgentId = "a7xm2kp9qwj3v5nh8t4c6r1e9z";
    public const string OtherAgentId = "9xk2m3pd7tq8v1za4b5n6c7e8f";

    /// <summary>Published, short schedule, outputs of every kind.</summary>
    public const string InvoiceProcess = "b4fznghynbdemslfd5k044fgd";

    /// <summary>Draft, finishes at once.</summary>
    public const string DraftProcess = "o9p8q7r6s5t4u3v2w1x0yzab2";

    /// <summary>Published, ends Failed, has outputs that must never show.</summary>
    public const string FailingProcess = "failing-process_01";

    /// <summary>Published, finishes at once, no outputs.</summary>
    public const string InstantProcess = "instant-process_01";

    /// <summary>Belongs to the other agent.</summary>
    public const string OtherAgentProcess = "9k2tdm8z6pwry9n4hc3vfqe27";

    public static EmulatorScenario Standard() => new EmulatorScenario()
        .AddApiKey(OrgKey)
        .AddApiKey(AgentKey, AgentId)
        .AddApiKey(OtherAgentKey, OtherAgentId)
        .AddAgent(AgentId, agent => agent
            .AddProcess(InvoiceProcess, "to process the invoices", ProcessStage.Published, run =>
            {
                run.PendingMs = 20;
                run.RunningMs = 30;
                run.WithOutput("the output total", ScenarioOutput.FromInput("amount"))
                    .WithOutput("the output vendor", "ACME")
                    .WithOutput("the output approved", true)
                    .WithOutput("the output lines", new JsonArray(1, 2, 3))
                    .WithOutput("the output address", new JsonObject { ["city"] = "Paris" })
                    .WithOutput("the output directive text", ScenarioOutput.Literal(new JsonObject { ["$input"] = "amount" }))
                    .WithOutput("the output files", ScenarioOutput.FileNames())
                    .WithOutput("the output file count", ScenarioOutput.FileCount());
            })
            .AddProcess(DraftProcess, "to summarize customer feedback comments", ProcessStage.Draft, run =>
            {
                run.PendingMs = 0;
                run.RunningMs = 0;
                run.WithOutput("the output summary", "fine");
            })
            .AddProcess(FailingProcess, "to fail", ProcessStage.Published, run =>
            {
                run.PendingMs = 0;
                run.RunningMs = 0;
                run.Status = TerminalRunStatus.Failed;
                run.WithOutput("the output never", "shown");
            })
            .AddProcess(InstantProcess, "to finish at once", ProcessStage.Published, run =>
            {
                run.PendingMs = 0;
                run.RunningMs = 0;
            }))
        .AddAgent(OtherAgentId, agent => agent
            .AddProcess(OtherAgentProcess, "to do something else"));
}
