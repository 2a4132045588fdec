using System.Security.Cryptography;
using System.Text;

namespace KognitosGen.Emulator;

/// <summary>
/// The token a business key's runs carry in their names (" [kk-...]"), computed as the client computes it, so the runs
/// page can be filtered by the key a developer knows. The emulator does not reference the client: this mirrors it.
/// </summary>
internal static class BusinessKeyToken
{
    private const string Alphabet = "0123456789abcdefghijklmnopqrstuvwxyz";
    private const string Prefix = "kk-";
    private const int Length = 16;

    /// <summary>What a run name holds for <paramref name="keyOrToken"/>: the token as given when it is one, else the key's.</summary>
    public static string NameMarker(string keyOrToken) =>
        "[" + (keyOrToken.StartsWith(Prefix, System.StringComparison.Ordinal) ? keyOrToken : For(keyOrToken)) + "]";

    public static string For(string businessKey)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(businessKey));
        var builder = new StringBuilder(Prefix, Prefix.Length + Length);
        for (var i = 0; i < Length; i++)
            builder.Append(Alphabet[hash[i] % Alphabet.Length]);
        return builder.ToString();
    }
}
