using KognitosGen.Ledger.PostgreSql;
using KognitosGen.Ledger.Sqlite;
using Npgsql;

namespace KognitosGen.ReliabilityTests.Ledger;

/// <summary>One empty ledger for one test: a new SQLite file, or a new schema in the test PostgreSQL database.</summary>
public sealed class LedgerStore : IAsyncDisposable
{
    /// <summary>The connection string of the PostgreSQL database the tests use (.ci/postgres exports it).</summary>
    public const string PostgresVariable = "KOGNITOSGEN_TEST_POSTGRES";

    private readonly Func<ValueTask> _cleanUp;

    private LedgerStore(string name, string workerStore, string location, Func<IKognitosRunLedger> create, Func<ValueTask> cleanUp)
    {
        Name = name;
        WorkerStore = workerStore;
        Location = location;
        Create = create;
        _cleanUp = cleanUp;
    }

    /// <summary>SQLite or PostgreSQL, as the report names it.</summary>
    public string Name { get; }

    /// <summary>The store as the worker's command line names it.</summary>
    public string WorkerStore { get; }

    /// <summary>The file path or connection string.</summary>
    public string Location { get; }

    /// <summary>A new ledger object over the store (each client, as each process, has its own).</summary>
    public Func<IKognitosRunLedger> Create { get; }

    public static Task<LedgerStore> OpenAsync(string store) => store switch
    {
        "sqlite" => Task.FromResult(Sqlite()),
        "postgresql" => PostgreSqlAsync(),
        _ => throw new ArgumentOutOfRangeException(nameof(store), store, "sqlite or postgresql"),
    };

    private static LedgerStore Sqlite()
    {
        var folder = Path.Combine(Path.GetTempPath(), "kognitosgen-ledger-" + Guid.NewGuid().ToString("N"));
        var path = Path.Combine(folder, "ledger.db");
        return new LedgerStore("SQLite", "sqlite", path, () => new KognitosSqliteRunLedger(path), () =>
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            if (Directory.Exists(folder))
                Directory.Delete(folder, recursive: true);
            return ValueTask.CompletedTask;
        });
    }

    // No PostgreSQL is no reason to pass: the test fails, naming what to set.
    private static async Task<LedgerStore> PostgreSqlAsync()
    {
        var connection = Environment.GetEnvironmentVariable(PostgresVariable);
        if (string.IsNullOrWhiteSpace(connection))
        {
            Assert.Fail($"{PostgresVariable} is not set: the PostgreSQL run ledger tests need a database. As root, `. .ci/postgres` " +
                "starts Debian's PostgreSQL, creates the test role and database and exports it (.ci/run does so).");
        }

        var schema = "ledger_" + Guid.NewGuid().ToString("N");
        await using (var dataSource = NpgsqlDataSource.Create(connection!))
        await using (var command = dataSource.CreateCommand($"CREATE SCHEMA {schema}"))
            await command.ExecuteNonQueryAsync();
        var scoped = new NpgsqlConnectionStringBuilder(connection) { SearchPath = schema }.ConnectionString;
        return new LedgerStore("PostgreSQL", "postgresql", scoped, () => new KognitosPostgreSqlRunLedger(scoped), async () =>
        {
            NpgsqlConnection.ClearAllPools();
            await using var dataSource = NpgsqlDataSource.Create(connection!);
            await using var command = dataSource.CreateCommand($"DROP SCHEMA {schema} CASCADE");
            await command.ExecuteNonQueryAsync();
        });
    }

    public ValueTask DisposeAsync() => _cleanUp();
}
