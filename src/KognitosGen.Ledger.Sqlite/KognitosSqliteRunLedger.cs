using System.Globalization;
using Microsoft.Data.Sqlite;

namespace KognitosGen.Ledger.Sqlite;

/// <summary>
/// A <see cref="IKognitosRunLedger"/> in a SQLite file, safe across the processes of one machine: the file is in WAL
/// mode, each claim is decided inside a <c>BEGIN IMMEDIATE</c> transaction (one writer at a time, the others wait up
/// to <see cref="KognitosSqliteRunLedgerOptions.BusyTimeout"/>), and the business key is the table's primary key.
/// The table is created on first use; entries older than the retention window are deleted then and hourly after.
/// Not for a file on a network share (SQLite's locks do not hold there): use KognitosGen.Ledger.PostgreSql across machines.
/// </summary>
public sealed class KognitosSqliteRunLedger : IKognitosRunLedger
{
    /// <summary>The table's name.</summary>
    public const string TableName = "kognitos_run_ledger";

    private static readonly TimeSpan ExpireEvery = TimeSpan.FromHours(1);

    private readonly string _connectionString;
    private readonly KognitosSqliteRunLedgerOptions _options;
    private readonly string _busyTimeoutPragma;
    private readonly SemaphoreSlim _initialized = new(1, 1);
    private volatile bool _ready;
    private long _nextExpiry;

    /// <summary>A ledger in the file at <paramref name="path"/> (created with its folder when missing).</summary>
    /// <param name="path">The database file.</param>
    /// <param name="options">Retention, busy timeout, clock; the defaults when null.</param>
    public KognitosSqliteRunLedger(string path, KognitosSqliteRunLedgerOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        _options = options ?? new KognitosSqliteRunLedgerOptions();
        if (_options.Retention <= TimeSpan.Zero)
            throw new ArgumentOutOfRangeException(nameof(options), _options.Retention, "KognitosSqliteRunLedgerOptions.Retention must be positive.");
        if (_options.BusyTimeout <= TimeSpan.Zero)
            throw new ArgumentOutOfRangeException(nameof(options), _options.BusyTimeout, "KognitosSqliteRunLedgerOptions.BusyTimeout must be positive.");
        Path = System.IO.Path.GetFullPath(path);
        _busyTimeoutPragma = string.Create(CultureInfo.InvariantCulture,
            $"PRAGMA busy_timeout = {(long)_options.BusyTimeout.TotalMilliseconds}; PRAGMA synchronous = {(_options.SyncEveryCommit ? "FULL" : "NORMAL")}");
        if (System.IO.Path.GetDirectoryName(Path) is { Length: > 0 } folder)
            Directory.CreateDirectory(folder);
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = Path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Cache = SqliteCacheMode.Private,
            Pooling = true,
            DefaultTimeout = (int)Math.Ceiling(_options.BusyTimeout.TotalSeconds),
        }.ToString();
    }

    /// <summary>The database file's full path.</summary>
    public string Path { get; }

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
        // BEGIN IMMEDIATE: the write lock is taken before the read, so two processes never decide on the same entry.
        await using var transaction = connection.BeginTransaction(deferred: false);
        var current = await ReadAsync(connection, transaction, businessKey, cancellationToken).ConfigureAwait(false);
        var claim = KognitosLedgerClaim.Decide(current, businessKey, inputsHash, owner, replacingRunId, _options.TimeProvider.GetUtcNow(), lease);
        if (claim.Kind == KognitosLedgerClaimKind.Claimed)
        {
            var entry = claim.Entry;
            await using var write = connection.CreateCommand();
            write.Transaction = transaction;
            write.CommandText = current is null
                ? $"INSERT INTO {TableName} (business_key, inputs_hash, owner, run_id, lease_until, generation, created_at) VALUES ($key, $hash, $owner, NULL, $lease, $generation, $created)"
                : $"UPDATE {TableName} SET owner = $owner, run_id = NULL, lease_until = $lease, generation = $generation WHERE business_key = $key";
            write.Parameters.AddWithValue("$key", entry.BusinessKey);
            write.Parameters.AddWithValue("$hash", entry.InputsHash);
            write.Parameters.AddWithValue("$owner", entry.Owner);
            write.Parameters.AddWithValue("$lease", entry.LeaseUntil.ToUnixTimeMilliseconds());
            write.Parameters.AddWithValue("$generation", entry.Generation);
            write.Parameters.AddWithValue("$created", entry.CreatedAt.ToUnixTimeMilliseconds());
            await write.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return claim;
    }

    /// <inheritdoc/>
    public async Task<bool> RecordAsync(string businessKey, string owner, string runId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(businessKey);
        ArgumentException.ThrowIfNullOrEmpty(owner);
        ArgumentException.ThrowIfNullOrEmpty(runId);
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = $"UPDATE {TableName} SET run_id = $run WHERE business_key = $key AND owner = $owner AND run_id IS NULL";
        command.Parameters.AddWithValue("$run", runId);
        command.Parameters.AddWithValue("$key", businessKey);
        command.Parameters.AddWithValue("$owner", owner);
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1;
    }

    /// <inheritdoc/>
    public async Task<KognitosLedgerEntry?> ReadAsync(string businessKey, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(businessKey);
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        return await ReadAsync(connection, null, businessKey, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc/>
    public async Task<bool> ReleaseAsync(string businessKey, string owner, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(businessKey);
        ArgumentException.ThrowIfNullOrEmpty(owner);
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = $"DELETE FROM {TableName} WHERE business_key = $key AND owner = $owner AND run_id IS NULL";
        command.Parameters.AddWithValue("$key", businessKey);
        command.Parameters.AddWithValue("$owner", owner);
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1;
    }

    /// <inheritdoc/>
    public async Task<int> ExpireAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        return await ExpireAsync(connection, cancellationToken).ConfigureAwait(false);
    }

    private async Task<int> ExpireAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        var now = _options.TimeProvider.GetUtcNow();
        Interlocked.Exchange(ref _nextExpiry, (now + ExpireEvery).ToUnixTimeMilliseconds());
        await using var command = connection.CreateCommand();
        command.CommandText = $"DELETE FROM {TableName} WHERE created_at < $before";
        command.Parameters.AddWithValue("$before", (now - _options.Retention).ToUnixTimeMilliseconds());
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            // Per connection, so on every open. SQLite's own busy handler waits for another process's write lock in steps of a few milliseconds, where
            // the provider's retry would sleep far longer between tries.
            await using (var busy = connection.CreateCommand())
            {
                busy.CommandText = _busyTimeoutPragma;
                await busy.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }

            if (!_ready)
                await InitializeAsync(connection, cancellationToken).ConfigureAwait(false);
            else if (_options.TimeProvider.GetUtcNow().ToUnixTimeMilliseconds() >= Interlocked.Read(ref _nextExpiry))
                await ExpireAsync(connection, cancellationToken).ConfigureAwait(false);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    // The table on first use: CREATE ... IF NOT EXISTS is safe when several processes create it at once (the write
    // lock orders them). WAL lets readers go on while one process writes; it is a property of the file, set once.
    private async Task InitializeAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        await _initialized.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_ready)
                return;
            await using (var command = connection.CreateCommand())
            {
                command.CommandText =
                    "PRAGMA journal_mode = WAL;" +
                    $"CREATE TABLE IF NOT EXISTS {TableName} (" +
                    "business_key TEXT NOT NULL PRIMARY KEY, inputs_hash TEXT NOT NULL, owner TEXT NOT NULL, run_id TEXT NULL, " +
                    "lease_until INTEGER NOT NULL, generation INTEGER NOT NULL DEFAULT 0, created_at INTEGER NOT NULL);" +
                    $"CREATE INDEX IF NOT EXISTS {TableName}_created_at ON {TableName} (created_at);";
                await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }

            await ExpireAsync(connection, cancellationToken).ConfigureAwait(false);
            _ready = true;
        }
        finally
        {
            _initialized.Release();
        }
    }

    private static async Task<KognitosLedgerEntry?> ReadAsync(SqliteConnection connection, SqliteTransaction? transaction, string businessKey, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"SELECT inputs_hash, owner, run_id, lease_until, generation, created_at FROM {TableName} WHERE business_key = $key";
        command.Parameters.AddWithValue("$key", businessKey);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            return null;
        return new KognitosLedgerEntry(
            businessKey,
            reader.GetString(0),
            reader.GetString(1),
            reader.IsDBNull(2) ? null : reader.GetString(2),
            DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(3)),
            reader.GetInt32(4),
            DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(5)));
    }

    /// <inheritdoc/>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"SQLite run ledger {Path}");
}
