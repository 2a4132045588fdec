using System;
using System.Net;

namespace KognitosGen.Transport;

/// <summary>Resolves the API root a client calls and enforces the transport rule: https, or http to loopback only.</summary>
internal static class ApiEndpoint
{
    public static Uri Resolve(KognitosClientOptions options, Uri? httpClientBaseAddress)
    {
        var root = options.BaseUrl ?? httpClientBaseAddress ?? ForRegion(options.Region);
        if (!root.IsAbsoluteUri)
            throw new ArgumentException("The Kognitos base URL must be absolute.", nameof(options));
        EnsureSecure(root, "The Kognitos base URL");

        // The published server URLs end in /v2 while the documented paths start with it: accept both forms.
        var path = root.AbsolutePath.TrimEnd('/');
        if (path.EndsWith("/v2", StringComparison.OrdinalIgnoreCase))
            path = path.Substring(0, path.Length - 3);
        return new UriBuilder(root) { Path = path + "/", Query = "", Fragment = "" }.Uri;
    }

    public static Uri ForRegion(KognitosRegion region) => region switch
    {
        KognitosRegion.US => new Uri("https://rest-api.app.kognitos.com/"),
        KognitosRegion.EU => new Uri("https://rest-api.eu.kognitos.com/"),
        KognitosRegion.UK => new Uri("https://rest-api.uk.kognitos.com/"),
        _ => throw new ArgumentOutOfRangeException(nameof(region), region, "Unknown Kognitos region."),
    };

    /// <summary>What <see cref="IsAllowed"/> lets through, said after the URL's name.</summary>
    public const string TransportRule = "is refused: only https is allowed, or http to a loopback address (localhost, 127.0.0.0/8, [::1]).";

    /// <summary>Refuses plain http except to loopback, where an emulator or test server lives.</summary>
    public static void EnsureSecure(Uri uri, string what)
    {
        if (!IsAllowed(uri))
            throw new ArgumentException($"{what} '{uri.GetLeftPart(UriPartial.Authority)}' {TransportRule}");
    }

    /// <summary>Whether <paramref name="uri"/> (absolute) is https, or http to a loopback host.</summary>
    public static bool IsAllowed(Uri uri) =>
        string.Equals(uri.Scheme, "https", StringComparison.OrdinalIgnoreCase)
        || (string.Equals(uri.Scheme, "http", StringComparison.OrdinalIgnoreCase) && IsLoopback(uri));

    private static bool IsLoopback(Uri uri)
    {
        if (string.Equals(uri.Host, "localhost", StringComparison.OrdinalIgnoreCase))
            return true;
        return IPAddress.TryParse(uri.Host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address);
    }
}
