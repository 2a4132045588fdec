using System.Globalization;
using KognitosGen.Ledger.PostgreSql;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary><c>.UsePostgreSqlLedger()</c> on what <c>AddKognitos</c> returned.</summary>
public static class KognitosPostgreSqlLedgerBuilderExtensions
{
    /// <summary>
    /// Gives the client a <see cref="KognitosPostgreSqlRunLedger"/> in the database <paramref name="connectionString"/>
    /// names, else <c>Kognitos:Ledger:ConnectionString</c>. <c>Kognitos:Ledger:Retention</c> sets the retention window
    /// (default 90 days).
    /// </summary>
    /// <param name="builder">What <c>AddKognitos</c> returned.</param>
    /// <param name="connectionString">An Npgsql connection string; null to read configuration.</param>
    public static IHttpClientBuilder UsePostgreSqlLedger(this IHttpClientBuilder builder, string? connectionString = null) =>
        builder.UseRunLedger("PostgreSql", (_, section) =>
        {
            var options = new KognitosPostgreSqlRunLedgerOptions();
            if (section["Retention"] is { Length: > 0 } retention)
            {
                options.Retention = TimeSpan.TryParse(retention, CultureInfo.InvariantCulture, out var value) && value > TimeSpan.Zero
                    ? value
                    : throw new InvalidOperationException($"{section.Path}:Retention must be a positive duration such as 90.00:00:00.");
            }

            var connection = connectionString ?? section["ConnectionString"];
            return string.IsNullOrWhiteSpace(connection)
                ? throw new InvalidOperationException($"The PostgreSQL run ledger needs a connection string: set {section.Path}:ConnectionString or pass it to UsePostgreSqlLedger.")
                : new KognitosPostgreSqlRunLedger(connection, options);
        });
}
