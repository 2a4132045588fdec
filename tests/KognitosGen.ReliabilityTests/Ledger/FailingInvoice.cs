namespace KognitosGen.ReliabilityTests.Ledger;

/// <summary>A process whose emulated runs fail (<see cref="LedgerScenario.Failing"/>), for the reuse policies.</summary>
[KognitosProcess("to fail an invoice", AgentId = Faults.FaultScenario.Agent, ProcessId = LedgerScenario.Failing)]
public sealed partial class FailingInvoice
{
    [KognitosInput("invoice number")] public required string InvoiceNumber { get; init; }
}
