namespace KognitosGen.SourceGenerators.Tests.Running;

/// <summary>A process run in its Draft stage, named by the class attribute.</summary>
#pragma warning disable KOG0009 // Draft on purpose: the test checks that the class's stage reaches the server.
[KognitosProcess("to try a draft", AgentId = Ids.Agent, ProcessId = Ids.Draft, Stage = KognitosStage.Draft)]
#pragma warning restore KOG0009
public sealed partial record DraftProcess
{
    [KognitosInput("greeting")] public required string Greeting { get; init; }
    [KognitosOutput("the output reply")] public string? Reply { get; private set; }
}
