using System;
using System.Text;

namespace KognitosGen.Wire;

internal static class BodyText
{
    private const int SnippetLength = 200;

    public static string? Decode(ReadOnlyMemory<byte> body) =>
        body.IsEmpty ? null : Encoding.UTF8.GetString(body.ToArray());

    /// <summary>The start of a body on one line, for an exception message; the whole body stays on the exception.</summary>
    public static string Snippet(string? body)
    {
        if (string.IsNullOrWhiteSpace(body))
            return "(empty body)";
        var builder = new StringBuilder(SnippetLength + 1);
        var lastWasSpace = false;
        foreach (var ch in body!)
        {
            var isSpace = char.IsWhiteSpace(ch);
            if (isSpace && lastWasSpace)
                continue;
            builder.Append(isSpace ? ' ' : ch);
            lastWasSpace = isSpace;
            if (builder.Length >= SnippetLength)
                return builder.ToString().Trim() + "…";
        }

        return builder.ToString().Trim();
    }
}
