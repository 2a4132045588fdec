using System;
using System.Text.RegularExpressions;

namespace KognitosGen.Recording;

/// <summary>The names and shapes that mark a value as a credential, whatever member it sits in.</summary>
internal static partial class SensitiveNames
{
    private static readonly string[] CredentialWords = ["auth", "cookie", "token", "signature", "credential", "api-key", "apikey", "x-api-key", "secret", "password", "session", "policy"];

    /// <summary>Whether a header or field name looks like it carries a credential (Authorization, Cookie, X-Amz-Security-Token...).</summary>
    public static bool IsCredentialName(string name)
    {
        foreach (var word in CredentialWords)
        {
            if (name.Contains(word, StringComparison.OrdinalIgnoreCase))
                return true;
        }

        return false;
    }

    /// <summary>Whether the text holds a URL with a query that signs or authorises (a presigned URL, say).</summary>
    public static bool HoldsSignedUrl(string text) => SignedUrl().IsMatch(text);

    [GeneratedRegex(@"[a-z][a-z0-9+.-]*://[^\s""'?]+\?[^\s""']*(signature|x-amz-|credential|token|policy|sig=|key=)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SignedUrl();
}
