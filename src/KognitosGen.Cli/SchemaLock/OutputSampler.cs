using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using KognitosGen.Cli.Output;
using KognitosGen.SourceGenerators.SchemaLockFormat;

namespace KognitosGen.Cli.SchemaLock;

/// <summary>Sums up the outputs of a process's sampled runs as the lock records them: kinds, seen, one example.</summary>
internal static class OutputSampler
{
    public const int MaxExampleLength = 200;

    /// <param name="runsNewestFirst">The sampled succeeded runs, newest first; the example comes from the newest.</param>
    /// <param name="extensionsOf">The x- members to keep for a fact, from the previous lock.</param>
    public static List<LockedOutput> Summarise(IReadOnlyList<KognitosRun> runsNewestFirst, Func<string, LockExtensions>? extensionsOf = null) =>
        Summarise(runsNewestFirst.Select(run => (IReadOnlyList<KeyValuePair<string, JsonElement>>)run.Outputs
            .Select(o => new KeyValuePair<string, JsonElement>(o.Name, o.Value)).ToList()).ToList(), extensionsOf);

    /// <param name="outputsNewestFirst">The outputs of each sampled succeeded run (from the API or a recording), newest first.</param>
    /// <param name="extensionsOf">The x- members to keep for a fact, from the previous lock.</param>
    public static List<LockedOutput> Summarise(IReadOnlyList<IReadOnlyList<KeyValuePair<string, JsonElement>>> outputsNewestFirst, Func<string, LockExtensions>? extensionsOf = null)
    {
        var facts = new Dictionary<string, Fact>(StringComparer.Ordinal);
        foreach (var runOutputs in outputsNewestFirst)
        {
            var inThisRun = new HashSet<string>(StringComparer.Ordinal);
            foreach (var output in runOutputs)
            {
                if (!facts.TryGetValue(output.Key, out var fact))
                    facts[output.Key] = fact = new Fact();
                if (inThisRun.Add(output.Key))
                    fact.Seen++;
                fact.Kinds.Add(FactKinds.Of(output.Value));
                fact.Example ??= Example(output.Value);
            }
        }

        return facts.OrderBy(f => f.Key, StringComparer.Ordinal)
            .Select(f => new LockedOutput(f.Key, KindsOf(f.Value.Kinds), f.Value.Seen, f.Value.Example, extensionsOf?.Invoke(f.Key) ?? LockExtensions.None))
            .ToList();
    }

    /// <summary>
    /// The fact's kinds, sorted. Strings count as <c>date-time</c> or <c>date</c> only when every one of them read
    /// that way; a mix is <c>string</c>.
    /// </summary>
    private static List<string> KindsOf(HashSet<string> seen)
    {
        var stringLike = seen.Where(FactKinds.IsStringLike).ToList();
        var kinds = seen.Where(k => !FactKinds.IsStringLike(k)).ToList();
        if (stringLike.Count > 0)
            kinds.Add(stringLike.Count == 1 ? stringLike[0] : OutputKindNames.String);
        kinds.Sort(StringComparer.Ordinal);
        return kinds;
    }

    /// <summary>The value as compact JSON, cut to at most <see cref="MaxExampleLength"/> characters (never inside a surrogate pair).</summary>
    public static string Example(JsonElement value)
    {
        var json = value.ValueKind == JsonValueKind.Undefined ? "null" : JsonOutput.CompactOf(value);
        if (json.Length <= MaxExampleLength)
            return json;
        var cut = MaxExampleLength - 1;
        if (char.IsHighSurrogate(json[cut - 1]))
            cut--;
        return json[..cut] + "…";
    }

    private sealed class Fact
    {
        public HashSet<string> Kinds { get; } = new(StringComparer.Ordinal);

        public int Seen { get; set; }

        public string? Example { get; set; }
    }
}
