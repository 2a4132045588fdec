using System;
using System.Collections.Generic;
using Microsoft.AspNetCore.Http;

namespace KognitosGen.Emulator;

/// <summary>A request's headers as kept with what it created: the API key (and cookies) never among them.</summary>
internal static class RequestHeaders
{
    public static IReadOnlyList<KeyValuePair<string, string>> WithoutApiKey(IHeaderDictionary headers)
    {
        var kept = new List<KeyValuePair<string, string>>(headers.Count);
        foreach (var (name, values) in headers)
        {
            if (string.Equals(name, ApiKeyMiddleware.HeaderName, StringComparison.OrdinalIgnoreCase)
                || string.Equals(name, "Authorization", StringComparison.OrdinalIgnoreCase)
                || string.Equals(name, "Cookie", StringComparison.OrdinalIgnoreCase))
                continue;
            kept.Add(new KeyValuePair<string, string>(name, values.ToString()));
        }

        return kept;
    }
}
