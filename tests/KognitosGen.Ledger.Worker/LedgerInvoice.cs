namespace KognitosGen.Ledger.Worker;

/// <summary>The process the worker starts; its IDs are the reliability tests' echo process.</summary>
// The reliability tests' echo process (FaultScenario.Agent, FaultScenario.Echo); the command line may name others.
[KognitosProcess("to echo an invoice", AgentId = "a7xm2kp9qwj3v5nh8t4c6r1e9z", ProcessId = "3ch01nv01c3000000000001")]
public sealed partial class LedgerInvoice
{
    [KognitosInput("invoice number")] public required string InvoiceNumber { get; init; }
    [KognitosInput("amount")] public decimal Amount { get; init; }
}
