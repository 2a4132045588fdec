namespace KognitosGen.SourceGenerators.Analyzers;

/// <summary>The documented form of agent and process IDs: <c>^[a-zA-Z0-9_-]{1,26}$</c>.</summary>
internal static class KognitosIdForm
{
    public const int MaxLength = 26;

    public static bool IsValid(string id)
    {
        if (id.Length is 0 or > MaxLength)
            return false;
        foreach (var ch in id)
        {
            if (!(ch is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '0' and <= '9' or '_' or '-'))
                return false;
        }

        return true;
    }
}
