namespace KognitosGen.SourceGenerators.Tests.Running;

/// <summary>A process run in its Draft stage, named by the class attribute.</summary>
[KognitosProcess("to try a draft", AgentId = Ids.Agent, ProcessId = Ids.Draft, Stage = KognitosStage.Draft)]
public sealed partial record DraftProcess
{
    [KognitosInput("greeting")] public required string Greeting { get; init; }
    [KognitosOutput("the output reply")] public string? Reply { get; private set; }
}
