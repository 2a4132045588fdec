using KognitosGen;
using KognitosGen.Extensions.DependencyInjection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>
/// Gives a client registered by <c>AddKognitos</c> a <see cref="IKognitosRunLedger"/>. The ledger packages call this
/// (<c>.UseSqliteLedger()</c>, <c>.UsePostgreSqlLedger()</c>), so this package depends on none of them.
/// </summary>
public static class KognitosRunLedgerBuilderExtensions
{
    /// <summary>
    /// Sets the client's <see cref="KognitosClientOptions.RunLedger"/> to one ledger made on first use by
    /// <paramref name="create"/>, which gets the client's <c>Ledger</c> configuration section (<c>Kognitos:Ledger</c>;
    /// keys <c>ConnectionString</c>, <c>Retention</c>; <c>Lease</c> is bound to
    /// <see cref="KognitosClientOptions.RunLedgerLease"/> by <c>AddKognitos</c>).
    /// </summary>
    /// <param name="builder">What <c>AddKognitos</c> returned.</param>
    /// <param name="store">The store's name (<c>Sqlite</c>, <c>PostgreSql</c>): a <c>Ledger:Store</c> configured otherwise is refused at start.</param>
    /// <param name="create">Makes the ledger from the services and the client's <c>Ledger</c> section.</param>
    /// <exception cref="ArgumentException"><paramref name="builder"/> is not a Kognitos client's.</exception>
    public static IHttpClientBuilder UseRunLedger(this IHttpClientBuilder builder, string store, Func<IServiceProvider, IConfigurationSection, IKognitosRunLedger> create)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentException.ThrowIfNullOrWhiteSpace(store);
        ArgumentNullException.ThrowIfNull(create);
        var name = ClientNameOf(builder.Name);
        var optionsName = KognitosClientNames.OptionsName(name);
        var httpClientName = builder.Name;
        builder.Services.AddKeyedSingleton<IKognitosRunLedger>(httpClientName, (provider, _) =>
        {
            var sectionPath = provider.GetRequiredService<IOptions<KognitosClientNames>>().Value.SectionPathOf(optionsName) ?? KognitosClientNames.SectionPath(name);
            var section = (provider.GetService<IConfiguration>() ?? new ConfigurationBuilder().Build()).GetSection(sectionPath + ":Ledger");
            if (section["Store"] is { Length: > 0 } configured && !string.Equals(configured, store, StringComparison.OrdinalIgnoreCase))
            {
                throw new InvalidOperationException(
                    $"{section.Path}:Store is '{configured}', but the client was given the {store} ledger: reference the {configured} ledger package and call its Use{configured}Ledger(), or remove the setting.");
            }

            return create(provider, section);
        });
        builder.Services.AddOptions<KognitosClientOptions>(optionsName)
            .Configure<IServiceProvider>((options, provider) => options.RunLedger = provider.GetRequiredKeyedService<IKognitosRunLedger>(httpClientName));
        return builder;
    }

    private static string? ClientNameOf(string httpClientName)
    {
        if (httpClientName == KognitosClientNames.DefaultHttpClientName)
            return null;
        var prefix = KognitosClientNames.DefaultHttpClientName + ":";
        return httpClientName.StartsWith(prefix, StringComparison.Ordinal)
            ? httpClientName[prefix.Length..]
            : throw new ArgumentException($"HttpClient '{httpClientName}' is not a Kognitos client: call this on what AddKognitos returned.", nameof(httpClientName));
    }
}
