using System;
using System.Collections.Generic;
using KognitosGen.SourceGenerators.Helpers;

namespace KognitosGen.Binding;

/// <summary>
/// The error path of a missing fact: the returned output names it most likely meant, by edit distance between
/// normalised names (a typo such as "vendr" for "vendor"), only when one is near enough to be worth naming.
/// </summary>
internal static class NearestOutputNames
{
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
            var distance = EditDistance.WithTranspositions(normalizedFact, normalized);
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
}
