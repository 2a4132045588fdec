using System;
using KognitosGen.SourceGenerators.Helpers;
using KognitosGen.SourceGenerators.SchemaLockFormat;

namespace KognitosGen.SourceGenerators.Analyzers.LockChecks;

/// <summary>The agent's process whose ID a mistyped one most likely meant, when exactly one is that near.</summary>
internal static class NearProcessId
{
    private const int MaxDistance = 2;

    /// <summary>Null when no ID is within the allowed distance, or two are equally near (a guess would be a coin toss).</summary>
    public static LockedProcess? Find(string processId, LockedAgent agent)
    {
        LockedProcess? best = null;
        var bestDistance = int.MaxValue;
        var tied = false;
        foreach (var process in agent.Processes)
        {
            var distance = EditDistance.WithTranspositions(processId, process.Id);
            if (distance < bestDistance)
            {
                (best, bestDistance, tied) = (process, distance, false);
            }
            else if (distance == bestDistance)
            {
                tied = true;
            }
        }

        return best is not null && !tied && bestDistance <= Allowed(processId) ? best : null;
    }

    // Two edits in a 25-character ID are a slip; in a 4-character one they make another ID.
    private static int Allowed(string processId) => Math.Min(MaxDistance, processId.Length / 3);
}
