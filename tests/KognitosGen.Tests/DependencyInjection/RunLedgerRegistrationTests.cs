using KognitosGen.Ledger.PostgreSql;
using KognitosGen.Ledger.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace KognitosGen.Tests.DependencyInjection;

/// <summary>AddKognitos(...).UseSqliteLedger() / .UsePostgreSqlLedger(): the run ledger from the Kognitos:Ledger section.</summary>
public sealed class RunLedgerRegistrationTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "kognitosgen-di-ledger-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_folder))
            Directory.Delete(_folder, recursive: true);
    }

    private static ServiceProvider Services(Dictionary<string, string?> settings, Action<IHttpClientBuilder>? ledger)
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        var builder = services.AddKognitos(options => options.ApiKey = "di-ledger-test-key");
        ledger?.Invoke(builder);
        return services.BuildServiceProvider();
    }

    [Fact]
    public async Task The_SQLite_ledger_takes_its_file_retention_and_lease_from_configuration()
    {
        var path = Path.Combine(_folder, "ledger.db");
        await using var provider = Services(new()
        {
            ["Kognitos:Ledger:ConnectionString"] = $"Data Source={path}",
            ["Kognitos:Ledger:Lease"] = "00:00:45",
            ["Kognitos:Ledger:Retention"] = "30.00:00:00",
        }, builder => builder.UseSqliteLedger());

        var options = provider.GetRequiredService<IOptions<KognitosClientOptions>>().Value;

        var ledger = Assert.IsType<KognitosSqliteRunLedger>(options.RunLedger);
        Assert.Equal(Path.GetFullPath(path), ledger.Path);
        Assert.Equal(TimeSpan.FromSeconds(45), options.RunLedgerLease);
        Assert.Same(ledger, provider.GetRequiredService<IOptionsMonitor<KognitosClientOptions>>().Get(Options.DefaultName).RunLedger);
        var claim = await ledger.ClaimAsync("DI-1", "sha256:a", "owner", TimeSpan.FromSeconds(1), null);
        Assert.Equal(KognitosLedgerClaimKind.Claimed, claim.Kind);
    }

    [Fact]
    public async Task A_path_given_in_code_wins_over_configuration()
    {
        var path = Path.Combine(_folder, "given.db");
        await using var provider = Services(new() { ["Kognitos:Ledger:ConnectionString"] = Path.Combine(_folder, "configured.db") }, builder => builder.UseSqliteLedger(path));

        var ledger = Assert.IsType<KognitosSqliteRunLedger>(provider.GetRequiredService<IOptions<KognitosClientOptions>>().Value.RunLedger);

        Assert.Equal(Path.GetFullPath(path), ledger.Path);
    }

    [Fact]
    public async Task Without_a_ledger_method_the_client_has_no_ledger()
    {
        await using var provider = Services(new() { ["Kognitos:Ledger:ConnectionString"] = Path.Combine(_folder, "unused.db") }, ledger: null);

        Assert.Null(provider.GetRequiredService<IOptions<KognitosClientOptions>>().Value.RunLedger);
        Assert.False(File.Exists(Path.Combine(_folder, "unused.db")));
    }

    [Fact]
    public async Task A_configured_store_other_than_the_one_given_is_refused_naming_the_key()
    {
        await using var provider = Services(new() { ["Kognitos:Ledger:Store"] = "PostgreSql" }, builder => builder.UseSqliteLedger(Path.Combine(_folder, "x.db")));

        var error = Assert.Throws<InvalidOperationException>(() => provider.GetRequiredService<IOptions<KognitosClientOptions>>().Value);

        Assert.Contains("Kognitos:Ledger:Store", error.Message, StringComparison.Ordinal);
        Assert.Contains("PostgreSql", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_PostgreSQL_ledger_without_a_connection_string_names_the_key_to_set()
    {
        await using var provider = Services(new(), builder => builder.UsePostgreSqlLedger());

        var error = Assert.Throws<InvalidOperationException>(() => provider.GetRequiredService<IOptions<KognitosClientOptions>>().Value);

        Assert.Contains("Kognitos:Ledger:ConnectionString", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_PostgreSQL_ledger_takes_its_connection_string_from_configuration()
    {
        await using var provider = Services(new() { ["Kognitos:Ledger:ConnectionString"] = "Host=127.0.0.1;Database=none" }, builder => builder.UsePostgreSqlLedger());

        Assert.IsType<KognitosPostgreSqlRunLedger>(provider.GetRequiredService<IOptions<KognitosClientOptions>>().Value.RunLedger);
    }

    [Fact]
    public void A_bad_retention_names_its_key()
    {
        using var provider = Services(new() { ["Kognitos:Ledger:Retention"] = "soon" }, builder => builder.UseSqliteLedger(Path.Combine(_folder, "y.db")));

        var error = Assert.Throws<InvalidOperationException>(() => provider.GetRequiredService<IOptions<KognitosClientOptions>>().Value);

        Assert.Contains("Kognitos:Ledger:Retention", error.Message, StringComparison.Ordinal);
    }
}
