using System.Security.Cryptography;

namespace KognitosGen.Emulator;

/// <summary>IDs shaped like the documented ones: 25 lowercase base-36 characters.</summary>
internal static class IdGenerator
{
    public const int Length = 25;
    private const string Alphabet = "0123456789abcdefghijklmnopqrstuvwxyz";

    public static string NewId() => RandomNumberGenerator.GetString(Alphabet, Length);
}
