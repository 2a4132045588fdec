using System;

namespace KognitosGen.Cli;

/// <summary>The published API roots of the regions, for commands that name the API without calling it (exports).</summary>
internal static class ApiRoots
{
    public static Uri ForRegion(KognitosRegion region) => region switch
    {
        KognitosRegion.EU => new Uri("https://rest-api.eu.kognitos.com/"),
        KognitosRegion.UK => new Uri("https://rest-api.uk.kognitos.com/"),
        _ => new Uri("https://rest-api.app.kognitos.com/"),
    };

    /// <summary>The root as the lock and exports write it: no trailing slash, no <c>/v2</c>.</summary>
    public static string Display(Uri root)
    {
        var text = root.GetLeftPart(UriPartial.Path).TrimEnd('/');
        return text.EndsWith("/v2", StringComparison.OrdinalIgnoreCase) ? text[..^3] : text;
    }
}
