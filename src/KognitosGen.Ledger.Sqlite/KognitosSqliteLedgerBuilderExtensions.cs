using System.Globalization;
using KognitosGen;
using KognitosGen.Ledger.Sqlite;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary><c>.UseSqliteLedger()</c> on what <c>AddKognitos</c> returned.</summary>
public static class KognitosSqliteLedgerBuilderExtensions
{
    /// <summary>
    /// Gives the client a <see cref="KognitosSqliteRunLedger"/>: in the file at <paramref name="path"/>, else at
    /// <c>Kognitos:Ledger:ConnectionString</c> (a path or <c>Data Source=...</c>), else at
    /// <see cref="DefaultPath"/>. <c>Kognitos:Ledger:Retention</c> sets the retention window (default 90 days).
    /// </summary>
    /// <param name="builder">What <c>AddKognitos</c> returned.</param>
    /// <param name="path">The database file; null to read configuration.</param>
    public static IHttpClientBuilder UseSqliteLedger(this IHttpClientBuilder builder, string? path = null) =>
        builder.UseRunLedger("Sqlite", (_, section) =>
        {
            var options = new KognitosSqliteRunLedgerOptions();
            if (section["Retention"] is { Length: > 0 } retention)
            {
                options.Retention = TimeSpan.TryParse(retention, CultureInfo.InvariantCulture, out var value) && value > TimeSpan.Zero
                    ? value
                    : throw new InvalidOperationException($"{section.Path}:Retention must be a positive duration such as 90.00:00:00.");
            }

            return new KognitosSqliteRunLedger(path ?? FileOf(section["ConnectionString"]) ?? DefaultPath, options);
        });

    /// <summary>Where the ledger is kept when no path is given: <c>KognitosGen/run-ledger.db</c> in the user's local application data folder.</summary>
    public static string DefaultPath =>
        Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create), "KognitosGen", "run-ledger.db");

    private static string? FileOf(string? connectionString) =>
        connectionString is not { Length: > 0 } text ? null
        : text.Contains('=', StringComparison.Ordinal) ? new SqliteConnectionStringBuilder(text).DataSource
        : text;
}
