using System;

namespace KognitosGen.SourceGenerators.Helpers;

/// <summary>Edit distances for suggesting what a mistyped name or ID most likely meant.</summary>
internal static class EditDistance
{
    /// <summary>Fact names are short; longer text is compared on its start only, so a mangled name cannot cost much.</summary>
    private const int MaxCompared = 256;

    /// <summary>Levenshtein distance, case-insensitive: fact names bind case-insensitively.</summary>
    public static int Between(string first, string second) => Compute(first, second, ignoreCase: true, transpositions: false);

    /// <summary>
    /// Damerau-Levenshtein distance (optimal string alignment), case-sensitive: IDs are matched exactly, and two
    /// swapped neighbours, the commonest slip when copying an ID by hand, count as one edit.
    /// </summary>
    public static int WithTranspositions(string first, string second) => Compute(first, second, ignoreCase: false, transpositions: true);

    private static int Compute(string first, string second, bool ignoreCase, bool transpositions)
    {
        var a = Start(first, ignoreCase);
        var b = Start(second, ignoreCase);
        var beforePrevious = new int[b.Length + 1];
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
            previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var distance = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                if (transpositions && i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                    distance = Math.Min(distance, beforePrevious[j - 2] + 1);
                current[j] = distance;
            }

            (beforePrevious, previous, current) = (previous, current, beforePrevious);
        }

        return previous[b.Length];
    }

    private static string Start(string text, bool lowerCase)
    {
        var start = text.Length > MaxCompared ? text.Substring(0, MaxCompared) : text;
        return lowerCase ? start.ToLowerInvariant() : start;
    }
}
