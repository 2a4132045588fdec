using Xunit.Abstractions;

namespace KognitosGen.ReliabilityTests.Ledger;

/// <summary>The run ledger in PostgreSQL (KOGNITOSGEN_TEST_POSTGRES; .ci/postgres starts one).</summary>
public sealed class PostgreSqlRunLedgerTests(ITestOutputHelper output) : RunLedgerTests("postgresql", output);
