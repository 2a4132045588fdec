// context=SummarizeFeedback: a second process class of the demo agent, for examples that script two processes.

[KognitosProcess("to summarize customer feedback comments", AgentId = "a7xm2kp9qwj3v5nh8t4c6r1e9z", ProcessId = "o9p8q7r6s5t4u3v2w1x0yzab2", Stage = KognitosStage.Published)]
public sealed partial class SummarizeFeedback
{
    [KognitosInput("comments")] public required string[] Comments { get; init; }

    [KognitosOutput("the output summary")] public string? Summary { get; private set; }
}
