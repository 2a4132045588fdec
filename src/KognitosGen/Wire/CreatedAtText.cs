namespace KognitosGen.Wire;

/// <summary>What a created_at text says about its own time zone.</summary>
internal static class CreatedAtText
{
    /// <summary>Whether the time carries a zone designator (<c>Z</c>, <c>+05:30</c>, <c>-0500</c>) after its time part.</summary>
    public static bool HasOffset(string? text)
    {
        if (text is null)
            return false;
        var time = text.IndexOf('T');
        if (time < 0)
            time = text.IndexOf(' ');
        if (time < 0)
            return false;
        for (var i = time + 1; i < text.Length; i++)
        {
            if (text[i] is 'Z' or 'z' or '+' or '-')
                return true;
        }

        return false;
    }
}
