namespace KognitosGen.SourceGenerators.Tests.Running;

/// <summary>Outputs as a loose server might send them: numbers as strings, other spellings of the names.</summary>
[KognitosProcess("to report loosely", AgentId = Ids.Agent, ProcessId = Ids.Loose)]
public sealed partial class LooseOutputs
{
    [KognitosOutput("the output count")] public int Count { get; private set; }
    [KognitosOutput("the output flag")] public bool Flag { get; private set; }
    [KognitosOutput("the output amount")] public decimal Amount { get; private set; }
    [KognitosOutput("the output color")] public Color Color { get; private set; }
    [KognitosOutput("the output total")] public long Total { get; private set; }
    [KognitosOutput("the output invoice number")] public string InvoiceNumber { get; private set; } = "";
    [KognitosOutput("the output vendor")] public string Vendor { get; private set; } = "";
    [KognitosOutput("the output optional")] public double? Optional { get; private set; }
}
