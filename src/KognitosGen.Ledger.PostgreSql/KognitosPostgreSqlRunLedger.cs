using Npgsql;

namespace KognitosGen.Ledger.PostgreSql;

/// <summary>
/// A <see cref="IKognitosRunLedger"/> in PostgreSQL, for clients on many machines: one table keyed by the business key,
/// each claim decided under the row's lock (<c>INSERT ... ON CONFLICT DO NOTHING</c>, else <c>SELECT ... FOR UPDATE</c>),
/// leases and retention by the database's clock, so the machines' clocks need not agree. The table is created on first
/// use (under an advisory lock, so processes starting together do not race) or by <see cref="MigrationScript"/>;
/// entries older than the retention window are deleted then and hourly after.
/// </summary>
public sealed class KognitosPostgreSqlRunLedger : IKognitosRunLedger, IAsyncDisposable
{
    /// <summary>The table's name.</summary>
    public const string TableName = "kognitos_run_ledger";

    private const string Columns = "business_key, inputs_hash, owner, run_id, lease_until, generation, created_at";
    private static readonly TimeSpan ExpireEvery = TimeSpan.FromHours(1);

    private readonly NpgsqlDataSource _dataSource;
    private readonly KognitosPostgreSqlRunLedgerOptions _options;
    private readonly SemaphoreSlim _initialized = new(1, 1);
    private volatile bool _ready;
    private long _nextExpiry;

    /// <summary>A ledger in the database <paramref name="connectionString"/> names.</summary>
    /// <param name="connectionString">An Npgsql connection string.</param>
    /// <param name="options">Retention, table creation; the defaults when null.</param>
    public KognitosPostgreSqlRunLedger(string connectionString, KognitosPostgreSqlRunLedgerOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        _options = options ?? new KognitosPostgreSqlRunLedgerOptions();
        if (_options.Retention <= TimeSpan.Zero)
            throw new ArgumentOutOfRangeException(nameof(options), _options.Retention, "KognitosPostgreSqlRunLedgerOptions.Retention must be positive.");
        _dataSource = NpgsqlDataSource.Create(connectionString);
    }

    /// <summary>The SQL that creates the table and its index (also in the package, as <c>sql/kognitos_run_ledger.sql</c>); safe to run again.</summary>
    public static string MigrationScript
    {
        get
        {
            using var stream = typeof(KognitosPostgreSqlRunLedger).Assembly.GetManifestResourceStream("kognitos_run_ledger.sql")
                ?? throw new InvalidOperationException("The migration script is missing from the assembly.");
            using var reader = new StreamReader(stream);
            return reader.ReadToEnd();
        }
    }

    /// <summary>Creates the table when missing and deletes expired entries (what the first use does).</summary>
    public async Task MigrateAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await CreateTableAsync(connection, cancellationToken).ConfigureAwait(false);
        await ExpireAsync(connection, cancellationToken).ConfigureAwait(false);
        _ready = true;
    }

    /// <inheritdoc/>
    public async Task<KognitosLedgerClaim> ClaimAsync(
        string businessKey, string inputsHash, string owner, TimeSpan lease, string? replacingRunId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(businessKey);
        ArgumentException.ThrowIfNullOrEmpty(inputsHash);
        ArgumentException.ThrowIfNullOrEmpty(owner);
        if (lease <= TimeSpan.Zero)
            throw new ArgumentOutOfRangeException(nameof(lease), lease, "A claim's lease must be positive.");
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        while (true)
        {
            // The common case in one round trip: a key nobody has claimed.
            await using (var insert = new NpgsqlCommand(
                $"INSERT INTO {TableName} ({Columns}) VALUES ($1, $2, $3, NULL, now() + $4, 0, now()) ON CONFLICT (business_key) DO NOTHING RETURNING {Columns}", connection))
            {
                insert.Parameters.AddWithValue(businessKey);
                insert.Parameters.AddWithValue(inputsHash);
                insert.Parameters.AddWithValue(owner);
                insert.Parameters.AddWithValue(lease);
                var inserted = await ReadEntryAsync(insert, cancellationToken).ConfigureAwait(false);
                if (inserted is not null)
                    return KognitosLedgerClaim.Decide(null, businessKey, inputsHash, owner, replacingRunId, inserted.CreatedAt, inserted.LeaseUntil - inserted.CreatedAt);
            }

            await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            KognitosLedgerEntry? current;
            DateTimeOffset now;
            await using (var select = new NpgsqlCommand($"SELECT {Columns}, now() FROM {TableName} WHERE business_key = $1 FOR UPDATE", connection, transaction))
            {
                select.Parameters.AddWithValue(businessKey);
                await using var reader = await select.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    // Released or expired between the two statements: try the insert again.
                    await reader.DisposeAsync().ConfigureAwait(false);
                    await transaction.RollbackAsync(cancellationToken).ConfigureAwait(false);
                    continue;
                }

                current = EntryOf(reader);
                now = new DateTimeOffset(reader.GetFieldValue<DateTime>(7), TimeSpan.Zero);
            }

            var claim = KognitosLedgerClaim.Decide(current, businessKey, inputsHash, owner, replacingRunId, now, lease);
            if (claim.Kind == KognitosLedgerClaimKind.Claimed)
            {
                var entry = claim.Entry;
                await using var update = new NpgsqlCommand(
                    $"UPDATE {TableName} SET owner = $2, run_id = NULL, lease_until = $3, generation = $4 WHERE business_key = $1", connection, transaction);
                update.Parameters.AddWithValue(businessKey);
                update.Parameters.AddWithValue(entry.Owner);
                update.Parameters.AddWithValue(entry.LeaseUntil.UtcDateTime);
                update.Parameters.AddWithValue(entry.Generation);
                await update.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }

            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            return claim;
        }
    }

    /// <inheritdoc/>
    public async Task<bool> RecordAsync(string businessKey, string owner, string runId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(businessKey);
        ArgumentException.ThrowIfNullOrEmpty(owner);
        ArgumentException.ThrowIfNullOrEmpty(runId);
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        // The record need not wait for the WAL flush (half a start's overhead): a database crash that undoes it leaves
        // the claim without a run, and the start that takes it over after the lease finds the run by its token. The
        // claim itself is always flushed: a claim undone would let a second start begin without looking.
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using (var relaxed = new NpgsqlCommand("SET LOCAL synchronous_commit TO OFF", connection, transaction))
            await relaxed.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        await using var command = new NpgsqlCommand(
            $"UPDATE {TableName} SET run_id = $3 WHERE business_key = $1 AND owner = $2 AND run_id IS NULL", connection, transaction);
        command.Parameters.AddWithValue(businessKey);
        command.Parameters.AddWithValue(owner);
        command.Parameters.AddWithValue(runId);
        var recorded = await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1;
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return recorded;
    }

    /// <inheritdoc/>
    public async Task<KognitosLedgerEntry?> ReadAsync(string businessKey, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(businessKey);
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = new NpgsqlCommand($"SELECT {Columns} FROM {TableName} WHERE business_key = $1", connection);
        command.Parameters.AddWithValue(businessKey);
        return await ReadEntryAsync(command, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc/>
    public async Task<bool> ReleaseAsync(string businessKey, string owner, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(businessKey);
        ArgumentException.ThrowIfNullOrEmpty(owner);
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = new NpgsqlCommand($"DELETE FROM {TableName} WHERE business_key = $1 AND owner = $2 AND run_id IS NULL", connection);
        command.Parameters.AddWithValue(businessKey);
        command.Parameters.AddWithValue(owner);
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1;
    }

    /// <inheritdoc/>
    public async Task<int> ExpireAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        return await ExpireAsync(connection, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc/>
    public ValueTask DisposeAsync() => _dataSource.DisposeAsync();

    /// <inheritdoc/>
    public override string ToString() => "PostgreSQL run ledger";

    private async Task<int> ExpireAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        Interlocked.Exchange(ref _nextExpiry, Environment.TickCount64 + (long)ExpireEvery.TotalMilliseconds);
        await using var command = new NpgsqlCommand($"DELETE FROM {TableName} WHERE created_at < now() - $1", connection);
        command.Parameters.AddWithValue(_options.Retention);
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task<NpgsqlConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (!_ready)
                await InitializeAsync(connection, cancellationToken).ConfigureAwait(false);
            else if (Environment.TickCount64 >= Interlocked.Read(ref _nextExpiry))
                await ExpireAsync(connection, cancellationToken).ConfigureAwait(false);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    private async Task InitializeAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await _initialized.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_ready)
                return;
            if (_options.CreateTable)
                await CreateTableAsync(connection, cancellationToken).ConfigureAwait(false);
            await ExpireAsync(connection, cancellationToken).ConfigureAwait(false);
            _ready = true;
        }
        finally
        {
            _initialized.Release();
        }
    }

    // CREATE TABLE IF NOT EXISTS is not safe against itself in PostgreSQL (two sessions can both pass the check): an
    // advisory lock held for the transaction orders the processes that start together.
    private static async Task CreateTableAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using (var command = new NpgsqlCommand("SELECT pg_advisory_xact_lock(hashtext('" + TableName + "'))", connection, transaction))
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        await using (var command = new NpgsqlCommand(MigrationScript, connection, transaction))
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    private static async Task<KognitosLedgerEntry?> ReadEntryAsync(NpgsqlCommand command, CancellationToken cancellationToken)
    {
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        return await reader.ReadAsync(cancellationToken).ConfigureAwait(false) ? EntryOf(reader) : null;
    }

    private static KognitosLedgerEntry EntryOf(NpgsqlDataReader reader) => new(
        reader.GetString(0),
        reader.GetString(1),
        reader.GetString(2),
        reader.IsDBNull(3) ? null : reader.GetString(3),
        new DateTimeOffset(reader.GetFieldValue<DateTime>(4), TimeSpan.Zero),
        reader.GetInt32(5),
        new DateTimeOffset(reader.GetFieldValue<DateTime>(6), TimeSpan.Zero));
}
