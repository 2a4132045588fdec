using Xunit.Abstractions;

namespace KognitosGen.ReliabilityTests.Ledger;

/// <summary>The run ledger in a SQLite file shared by the processes.</summary>
public sealed class SqliteRunLedgerTests(ITestOutputHelper output) : RunLedgerTests("sqlite", output);
