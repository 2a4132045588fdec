namespace KognitosGen.SourceGenerators.Tests.Running;

/// <summary>A process whose run returns outputs that cannot all be bound.</summary>
[KognitosProcess("to return bad outputs", AgentId = Ids.Agent, ProcessId = Ids.Broken)]
public sealed partial class BrokenOutputs
{
    [KognitosOutput("the output amount")] public decimal Amount { get; private set; }
    [KognitosOutput("the output missing")] public int Missing { get; private set; }
    [KognitosOutput("the output twice")] public int Twice { get; private set; }
    [KognitosOutput("the output fine")] public string? Fine { get; private set; }
    [KognitosOutput("the output optional")] public int? Optional { get; private set; }
}
