using System;
using System.Security.Cryptography;
using System.Text;

namespace KognitosGen.RunStart;

/// <summary>
/// A random tag carried in a run's name, so that a run start whose answer was lost can be found again by listing
/// the process's runs, instead of being started a second time.
/// </summary>
internal static class RunStartToken
{
    private const string Alphabet = "0123456789abcdefghijklmnopqrstuvwxyz";
    private const int RandomLength = 10;
    private const int KeyLength = 16;
    private const int MaxRunNameLength = 100;

    /// <summary>
    /// The token of a caller's business key: the same for every start of that key, on every machine, so a repeated
    /// start finds the run of the first. Its prefix keeps it apart from random tokens.
    /// </summary>
    public static string ForKey(string businessKey)
    {
        byte[] hash;
        using (var sha = SHA256.Create())
            hash = sha.ComputeHash(Encoding.UTF8.GetBytes(businessKey));
        var builder = new StringBuilder("kk-", 3 + KeyLength);
        for (var i = 0; i < KeyLength; i++)
            builder.Append(Alphabet[hash[i] % Alphabet.Length]);
        return builder.ToString();
    }

    public static string New()
    {
        var bytes = new byte[RandomLength];
        using (var random = RandomNumberGenerator.Create())
            random.GetBytes(bytes);
        var builder = new StringBuilder("kg-", 3 + RandomLength);
        foreach (var b in bytes)
            builder.Append(Alphabet[b % Alphabet.Length]);
        return builder.ToString();
    }

    /// <summary>The run name with the token appended as " [token]", the name cut so that both fit in 100 characters.</summary>
    public static string Append(string name, string token)
    {
        var suffix = " [" + token + "]";
        var room = MaxRunNameLength - suffix.Length;
        var trimmed = name.Length <= room ? name : name.Substring(0, room);
        return trimmed.TrimEnd() + suffix;
    }

    public static bool IsIn(string runName, string token) =>
        runName.EndsWith("[" + token + "]", StringComparison.Ordinal);
}
