using System.Diagnostics;
using System.Globalization;
using KognitosGen.SourceGenerators;
using Microsoft.CodeAnalysis;

namespace KognitosGen.Benchmarks.Generator;

/// <summary>
/// <c>--profile cold|keystroke|bind N</c>: repeats one driver transition for about 20 seconds, for a profiler to
/// sample (for example <c>dotnet-trace collect -- dotnet KognitosGen.Benchmarks.dll --profile keystroke 1000</c>);
/// <c>--profile cold-iterations N</c> times cold runs one by one, as the benchmark makes them; <c>--profile in-turn R</c>
/// measures the generator goals' sides in turn alone, R rounds; <c>--profile bind-split R</c> measures goal 2's pair and its
/// parts in turn, R times; <c>--profile read 0</c> and <c>--profile read-bind 0</c> repeat the client's read of goal 2's
/// body, alone or with the bind, for a profiler.
/// </summary>
public static class ProfileLoop
{
    public static void Run(string scenario, int processes)
    {
        if (scenario == "bind-split")
        {
            // Goal 2's pair and its parts in turn (round-robin slices), R times: where the read and the bind spend
            // beyond tokenizing the body, measured in one process, for working on the pair.
            var split = new Runtime.BindingBenchmarks();
            split.Setup();
            var body = Runtime.RunBody.Utf8;
            string[] names = ["deserialise + bind", "hand-tuned", "client read alone", "bind alone", "tokenizing alone"];
            Func<object>[] sides =
            [
                () => split.Generated_DeserializeRunAndBind(),
                () => split.HandTuned_Utf8JsonReader(),
                () => KognitosGen.Wire.RunReader.ReadRun(body)!,
                () => split.Generated_BindFromBody(),
                () =>
                {
                    var reader = new System.Text.Json.Utf8JsonReader(body);
                    var tokens = 0;
                    while (reader.Read())
                        tokens++;
                    return tokens;
                },
            ];
            for (var repeat = 0; repeat < Math.Max(1, processes); repeat++)
            {
                var medians = Runtime.InterleavedRatios.MeasureInTurn(sides, rounds: 100);
                Console.WriteLine(string.Join(", ", names.Select((name, i) => string.Create(CultureInfo.InvariantCulture, $"{name} {medians[i]:0} ns")))
                    + string.Create(CultureInfo.InvariantCulture, $"; deserialise + bind / hand-tuned {medians[0] / medians[1]:0.000}"));
            }

            return;
        }

        if (scenario == "read")
        {
            // The client's read of goal 2's body alone, for a profiler.
            var body = Runtime.RunBody.Utf8;
            Loop("client read alone (the run reader)", TimeSpan.FromSeconds(10), () => KognitosGen.Wire.RunReader.ReadRun(body)!);
            return;
        }

        if (scenario == "read-bind")
        {
            // Goal 2's first side alone, for a profiler: the client's read, then the generated binder.
            var binding = new Runtime.BindingBenchmarks();
            binding.Setup();
            Loop("generated deserialise + bind", TimeSpan.FromSeconds(10), () => binding.Generated_DeserializeRunAndBind());
            return;
        }

        if (scenario == "bind")
        {
            // The generated binder alone for a profiler, then each binder side by side for a quick look.
            var binding = new Runtime.BindingBenchmarks();
            binding.Setup();
            Loop("generated bind", TimeSpan.FromSeconds(10), () => binding.Generated_BindFromBody());
            Loop("generated deserialise + bind", TimeSpan.FromSeconds(2), () => binding.Generated_DeserializeRunAndBind());
            Loop("hand-tuned", TimeSpan.FromSeconds(2), () => binding.HandTuned_Utf8JsonReader());
            Loop("reflection", TimeSpan.FromSeconds(2), () => binding.Reflection_DeserializeAndConvert());
            // Issue 31: the client's read split up, beside what a single pass over the body costs at least.
            var body = Runtime.RunBody.Utf8;
            Loop("client read alone (the run reader)", TimeSpan.FromSeconds(2),
                () => KognitosGen.Wire.RunReader.ReadRun(body)!);
            Loop("run converter alone", TimeSpan.FromSeconds(2), () =>
            {
                var reader = new System.Text.Json.Utf8JsonReader(body);
                reader.Read();
                return KognitosGen.Wire.RunConverter.Read(ref reader, body)!;
            });
            Loop("tokenizing the body alone", TimeSpan.FromSeconds(2), () =>
            {
                var reader = new System.Text.Json.Utf8JsonReader(body);
                var tokens = 0;
                while (reader.Read())
                    tokens++;
                return tokens;
            });
            return;
        }

        if (scenario == "in-turn")
        {
            // The generator goals' sides in turn alone, N rounds, as the benchmark measures them after its own cases.
            var pairs = InterleavedDriverRatios.Measure(processes);
            Reporting.ReportPrinter.PrintInTurn($"Generator sides measured in turn ({processes} rounds, medians per run):", withProcesses: true,
                pairs.Select(p => (p.Ours, p.Anchor, p.Processes, p.OursNanoseconds, p.AnchorNanoseconds)));
            foreach (var p in pairs)
                Console.WriteLine(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{p.Ours} / {p.Anchor}, N={p.Processes}: {p.OursNanoseconds / p.AnchorNanoseconds:0.00}"));
            return;
        }

        if (scenario.EndsWith("-iterations", StringComparison.Ordinal))
        {
            Iterations(scenario.Substring(0, scenario.Length - "-iterations".Length), processes);
            return;
        }

        var compilation = SyntheticCompilation.Create(SyntheticProject.ProcessFiles(processes));
        // "floor-cold" and "floor-keystroke" run the do-nothing floor generator the same way, for a side-by-side look.
        var floor = scenario.StartsWith("floor-", StringComparison.Ordinal);
        scenario = floor ? scenario.Substring("floor-".Length) : scenario;
        var fresh = floor ? SyntheticCompilation.Driver(new FloorGenerator()) : SyntheticCompilation.Driver(new KognitosProcessGenerator());
        var primed = fresh.RunGenerators(compilation);
        var keystroke = SyntheticCompilation.Parse(SyntheticProject.KeystrokePath, SyntheticProject.UnrelatedAfterKeystroke);
        var (gen0, gen1, gen2, allocated) = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2), GC.GetAllocatedBytesForCurrentThread());
        var clock = Stopwatch.StartNew();
        var runs = 0;
        while (clock.Elapsed < TimeSpan.FromSeconds(10))
        {
            GeneratorDriver result = scenario == "cold"
                ? fresh.RunGenerators(compilation.Clone())
                : primed.RunGenerators(SyntheticCompilation.Replace(compilation, SyntheticProject.KeystrokePath, keystroke));
            GC.KeepAlive(result);
            runs++;
        }

        // Collections per run: a run that allocates past the young generation's budget pays for a collection of what
        // the run has bound so far, which the benchmark's cold case (one run after a forced full collection) shows.
        Console.WriteLine($"{(floor ? "floor " : "")}{scenario} N={processes}: {runs} runs, {clock.Elapsed.TotalMilliseconds / runs:0.0} ms each, "
            + $"{(GC.GetAllocatedBytesForCurrentThread() - allocated) / 1024.0 / 1024 / runs:0.00} MiB allocated each (with the compilation's own binding), "
            + $"collections per run: gen0 {(GC.CollectionCount(0) - gen0) / (double)runs:0.00}, gen1 {(GC.CollectionCount(1) - gen1) / (double)runs:0.00}, "
            + $"gen2 {(GC.CollectionCount(2) - gen2) / (double)runs:0.00}");
    }

    /// <summary>
    /// <c>cold-iterations</c> / <c>floor-cold-iterations</c>: cold runs as the benchmark makes them (a fresh clone,
    /// then a forced full collection, then one run), each timed alone, split by whether a collection fell inside it.
    /// </summary>
    private static void Iterations(string scenario, int processes)
    {
        var compilation = SyntheticCompilation.Create(SyntheticProject.ProcessFiles(processes));
        var driver = scenario == "floor-cold" ? SyntheticCompilation.Driver(new FloorGenerator()) : SyntheticCompilation.Driver(new KognitosProcessGenerator());
        for (var warm = 0; warm < 20; warm++)
            GC.KeepAlive(driver.RunGenerators(compilation.Clone()));

        // The collector decides whether a run pays for a collection: say which one ran (DOTNET_gcServer=0 picks the other).
        var budget = GC.GetConfigurationVariables().TryGetValue("GCGen0MaxBudget", out var max)
            ? $"{Convert.ToDouble(max, System.Globalization.CultureInfo.InvariantCulture) / 1024 / 1024:0} MiB"
            : "unknown";
        Console.WriteLine($"{(System.Runtime.GCSettings.IsServerGC ? "server" : "workstation")} GC, young generation's budget at most {budget}");
        var (quiet, collected) = (new List<double>(), new List<double>());
        long allocated = 0;
        var runs = processes >= 1000 ? 15 : 60;
        Compilation next = compilation;
        for (var run = 0; run < runs; run++)
        {
            var timed = InterleavedDriverRatios.TimeOneRun(() => next = compilation.Clone(), () => driver.RunGenerators(next));
            allocated += timed.AllocatedBytes;
            (timed.Collected ? collected : quiet).Add(timed.Nanoseconds / 1e6);
        }

        static string Median(List<double> times) => times.Count == 0 ? "-" : $"{Runtime.InterleavedRatios.Median([.. times]):0.0} ms";
        Console.WriteLine($"{scenario} N={processes}: {allocated / 1024.0 / 1024 / runs:0.00} MiB allocated each; "
            + $"{quiet.Count} runs without a collection (median {Median(quiet)}), {collected.Count} with (median {Median(collected)})");
    }

    private static void Loop(string name, TimeSpan duration, Func<object> action)
    {
        for (var i = 0; i < 20_000; i++)
            GC.KeepAlive(action());
        var watch = Stopwatch.StartNew();
        var count = 0;
        while (watch.Elapsed < duration)
        {
            GC.KeepAlive(action());
            count++;
        }

        Console.WriteLine($"{name}: {watch.Elapsed.TotalMilliseconds * 1000 / count:0.00} us each");
    }
}
