using System;

namespace KognitosGen.SourceGenerators.Analyzers.SchemaLock;

/// <summary>Levenshtein distance, case-insensitive, to suggest the observed fact a mistyped name most likely meant.</summary>
internal static class EditDistance
{
    /// <summary>Fact names are short; longer text is compared on its start only, so a mangled name cannot cost much.</summary>
    private const int MaxCompared = 256;

    public static int Between(string first, string second)
    {
        var a = first.Length > MaxCompared ? first.Substring(0, MaxCompared) : first;
        var b = second.Length > MaxCompared ? second.Substring(0, MaxCompared) : second;
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
            previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var ca = char.ToLowerInvariant(a[i - 1]);
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = ca == char.ToLowerInvariant(b[j - 1]) ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
