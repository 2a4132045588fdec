using System;
using System.Collections.Generic;

namespace KognitosGen.Binding;

/// <summary>
/// The error path of a missing fact: the returned output names it most likely meant, by edit distance between
/// normalised names (a typo such as "vendr" for "vendor"), only when one is near enough to be worth naming.
/// </summary>
internal static class NearestOutputNames
{
    /// <summary>Fact names are short; longer names are compared on their start only, so a mangled one cannot cost much.</summary>
    private const int MaxCompared = 256;

    /// <summary>
    /// The names in <paramref name="returned"/> nearest to <paramref name="normalizedFact"/>, in the run's order: all
    /// of them when several are equally near, none when none is within a third of the fact's length (at least one
    /// edit, and fewer edits than the shorter name has characters).
    /// </summary>
    /// <param name="normalizedFact">The missing fact's normalised name.</param>
    /// <param name="returned">The output names the run returned, as it spelled them.</param>
    /// <param name="isClaimed">Whether a returned name (normalised) already belongs to a fact of the class; those are skipped.</param>
    public static List<string> Find(string normalizedFact, IReadOnlyList<string> returned, Func<string, bool> isClaimed)
    {
        var nearest = new List<string>();
        var limit = Math.Max(1, normalizedFact.Length / 3);
        var best = int.MaxValue;
        foreach (var name in returned)
        {
            var normalized = KognitosFactNames.Normalize(name);
            if (Math.Abs(normalized.Length - normalizedFact.Length) > limit || isClaimed(normalized))
                continue;
            var distance = Between(normalizedFact, normalized);
            if (distance > limit || distance >= Math.Min(normalized.Length, normalizedFact.Length) || distance > best)
                continue;
            if (distance < best)
            {
                nearest.Clear();
                best = distance;
            }

            if (!nearest.Contains(name))
                nearest.Add(name);
        }

        return nearest;
    }

    /// <summary>Edit distance counting an insertion, deletion, substitution or swap of two neighbours as one edit.</summary>
    internal static int Between(string first, string second)
    {
        var a = first.Length > MaxCompared ? first.Substring(0, MaxCompared) : first;
        var b = second.Length > MaxCompared ? second.Substring(0, MaxCompared) : second;
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
                var edits = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                    edits = Math.Min(edits, beforePrevious[j - 2] + 1);
                current[j] = edits;
            }

            (beforePrevious, previous, current) = (previous, current, beforePrevious);
        }

        return previous[b.Length];
    }
}
