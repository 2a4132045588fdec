namespace KognitosGen.ReliabilityTests.Ledger;

/// <summary>The ledger suites launch dozens of worker processes: one store's at a time, so they do not starve each other.</summary>
[CollectionDefinition(nameof(RunLedgerCollection))]
public sealed class RunLedgerCollection;
