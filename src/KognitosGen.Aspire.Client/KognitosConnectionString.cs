using System.Data.Common;

namespace KognitosGen.Aspire.Client;

/// <summary>
/// Reads a Kognitos connection string onto <see cref="KognitosClientOptions"/>: <c>Endpoint=https://...;Key=...</c>,
/// <c>Region=EU;Key=...</c>, or a bare absolute URL (the key then comes from configuration or <c>KOGNITOS_API_KEY</c>).
/// </summary>
public static class KognitosConnectionString
{
    /// <summary>The key naming the API's base URL.</summary>
    public const string EndpointKey = "Endpoint";

    /// <summary>The key naming a cloud region (US, EU or UK) instead of an endpoint.</summary>
    public const string RegionKey = "Region";

    /// <summary>The key holding the API key.</summary>
    public const string KeyKey = "Key";

    /// <summary>Copies what <paramref name="connectionString"/> names onto <paramref name="options"/>.</summary>
    /// <param name="connectionString">The connection string.</param>
    /// <param name="source">Where it was read (a configuration path), named in errors; the string itself never is, as it holds the key.</param>
    /// <param name="options">The options to update.</param>
    /// <exception cref="InvalidOperationException">The connection string cannot be read; the message names <paramref name="source"/> and the bad part.</exception>
    public static void Apply(string connectionString, string source, KognitosClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(connectionString);
        ArgumentNullException.ThrowIfNull(options);
        if (Uri.TryCreate(connectionString, UriKind.Absolute, out var bare) && bare.Scheme is "http" or "https")
        {
            options.BaseUrl = bare;
            return;
        }

        var parts = new DbConnectionStringBuilder();
        try
        {
            parts.ConnectionString = connectionString;
        }
        catch (ArgumentException)
        {
            throw new InvalidOperationException($"The Kognitos connection string at {source} is not of the form Endpoint=https://...;Key=... .");
        }

        foreach (string name in parts.Keys)
        {
            if (!name.Equals(EndpointKey, StringComparison.OrdinalIgnoreCase) && !name.Equals(RegionKey, StringComparison.OrdinalIgnoreCase)
                && !name.Equals(KeyKey, StringComparison.OrdinalIgnoreCase))
                throw new InvalidOperationException($"The Kognitos connection string at {source} has an unknown part '{name}' (expected Endpoint, Region or Key).");
        }

        if (parts.TryGetValue(EndpointKey, out var endpoint))
            options.BaseUrl = Uri.TryCreate(endpoint as string, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
                ? uri
                : throw new InvalidOperationException($"The Kognitos connection string at {source}: Endpoint is not an absolute http(s) URL.");
        if (parts.TryGetValue(RegionKey, out var region))
            options.Region = Enum.TryParse<KognitosRegion>(region as string, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed)
                ? parsed
                : throw new InvalidOperationException($"The Kognitos connection string at {source}: Region is not US, EU or UK.");
        if (parts.TryGetValue(KeyKey, out var key) && key is string { Length: > 0 } apiKey)
            options.ApiKey = apiKey;
    }
}
