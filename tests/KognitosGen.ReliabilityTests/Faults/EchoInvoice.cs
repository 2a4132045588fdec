namespace KognitosGen.ReliabilityTests.Faults;

/// <summary>A process whose emulated runs echo the inputs back, so every result can be checked against what was sent.</summary>
[KognitosProcess("to echo an invoice", AgentId = FaultScenario.Agent, ProcessId = FaultScenario.Echo)]
public sealed partial class EchoInvoice
{
    [KognitosInput("invoice number")] public required string InvoiceNumber { get; init; }
    [KognitosInput("amount")] public decimal Amount { get; init; }

    [KognitosOutput("the output invoice number")] public string? EchoedNumber { get; private set; }
    [KognitosOutput("the output total")] public decimal Total { get; private set; }
}

/// <summary>A process whose runs never finish in a test's lifetime, for cancellation.</summary>
[KognitosProcess("to take forever", AgentId = FaultScenario.Agent, ProcessId = FaultScenario.Slow)]
public sealed partial class SlowProcess
{
    [KognitosOutput("the output done")] public bool Done { get; private set; }
}
