using System.Globalization;
using Microsoft.Extensions.Configuration;

namespace KognitosGen.Aspire.Client;

/// <summary>Reads <see cref="KognitosClientSettings"/> key by key (trim- and AOT-safe), a bad value named by its path, never shown.</summary>
internal static class KognitosSettingsReader
{
    public const string SectionName = "Aspire:Kognitos";

    public static void Bind(IConfigurationSection section, KognitosClientSettings settings)
    {
        if (section[nameof(KognitosClientSettings.ConnectionString)] is { Length: > 0 } connectionString)
            settings.ConnectionString = connectionString;
        if (ReadBool(section, nameof(KognitosClientSettings.DisableHealthChecks)) is { } disableHealthChecks)
            settings.DisableHealthChecks = disableHealthChecks;
        if (ReadBool(section, nameof(KognitosClientSettings.DisableTracing)) is { } disableTracing)
            settings.DisableTracing = disableTracing;
        if (ReadBool(section, nameof(KognitosClientSettings.DisableMetrics)) is { } disableMetrics)
            settings.DisableMetrics = disableMetrics;
        if (section[nameof(KognitosClientSettings.HealthCheckTimeout)] is { Length: > 0 } timeout)
            settings.HealthCheckTimeout = TimeSpan.TryParse(timeout, CultureInfo.InvariantCulture, out var value) && value > TimeSpan.Zero
                ? value
                : throw new InvalidOperationException($"Configuration value {section.Path}:{nameof(KognitosClientSettings.HealthCheckTimeout)} is not a positive duration such as 00:00:05.");
    }

    private static bool? ReadBool(IConfigurationSection section, string key) =>
        section[key] is { Length: > 0 } text
            ? bool.TryParse(text, out var value) ? value : throw new InvalidOperationException($"Configuration value {section.Path}:{key} is not true or false.")
            : null;
}
