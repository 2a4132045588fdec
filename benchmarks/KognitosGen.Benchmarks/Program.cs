using System.Diagnostics;
using BenchmarkDotNet.Running;
using KognitosGen.Benchmarks;
using KognitosGen.Benchmarks.Build;
using KognitosGen.Benchmarks.Generator;
using KognitosGen.Benchmarks.Reporting;
using KognitosGen.Benchmarks.Load;
using KognitosGen.Benchmarks.Memory;
using KognitosGen.Benchmarks.Runtime;
using KognitosGen.Benchmarks.Startup;
using KognitosGen.Benchmarks.TestKit;

// --quick: short jobs, for CI and for checking the goals. --build: only the consumer-build measurement.
// Neither: medium jobs for docs/benchmarks.md. Both --quick and --build: the quick run, then the build.
// --write-consumer DIR N: the build benchmark's consumer project, written to DIR and kept, to build by hand (for
// example with -p:ReportAnalyzer=true against another build of the analyzers).
if (args is ["--write-consumer", var consumerDirectory, var consumerProcesses])
{
    using var consumer = new ConsumerProject(int.Parse(consumerProcesses, System.Globalization.CultureInfo.InvariantCulture), consumerDirectory);
    Console.WriteLine("wrote " + consumer.Directory);
    return;
}

// --print-generated: the file generated for the benchmark's one 6-input, 6-output process, as the line goal counts it.
if (args is ["--print-generated"])
{
    Console.Write(GeneratedLines.TextForOneProcess());
    return;
}

// --profile kit-start R: issue 31's goal 3, the test kit's start piece by piece.
if (args is ["--profile", "kit-start", var kitRounds])
{
    KitStartProfile.Run(int.Parse(kitRounds, System.Globalization.CultureInfo.InvariantCulture));
    return;
}

// --same-work-child R: issue 31's goal 2 pair in turn, R rounds, printed for the run that started this process.
if (args is [SameWorkProcesses.ChildArgument, var sameWorkRounds])
{
    SameWorkProcesses.PrintPair(int.Parse(sameWorkRounds, System.Globalization.CultureInfo.InvariantCulture));
    return;
}

if (args is ["--profile", var scenario, var count])
{
    ProfileLoop.Run(scenario, int.Parse(count, System.Globalization.CultureInfo.InvariantCulture));
    return;
}

// --recording: only kognitos record's proxy overhead and a 1,000-run replay through the test kit (docs/recording.md).
if (args.Contains("--recording"))
{
    await KognitosGen.Benchmarks.Recording.RecordingFigures.RunAsync();
    return;
}

// --startup: issue 31's tool start-up alone (packs and installs two tools; --quick then reports its last result).
if (args.Contains("--startup"))
{
    var startup = await ToolStartup.MeasureAsync(runs: 10);
    ToolStartup.Print(startup);
    ReportPrinter.PrintGoals(IssueGoals.Issue31(null, null, null, startup).TakeLast(2).ToList());
    return;
}

// --telemetry: only the typed run with and without telemetry listeners (docs/observability.md).
if (args.Contains("--telemetry"))
{
    BenchmarkRunner.Run<TelemetryBenchmarks>(BenchmarkJobs.RuntimeConfig(quick: true));
    return;
}

var quick = args.Contains("--quick");
var build = args.Contains("--build");
// --only runtime|generator|issue31: one half, for working on it (the goals of the other half then count as missing);
// issue31 is issue 31's goals 3 to 6 alone, which runtime includes.
var only = args.SkipWhile(arg => arg != "--only").Skip(1).FirstOrDefault();
var withRuntime = only is null or "runtime";
var withGenerator = only is null or "generator";
var withIssue31 = only is null or "runtime" or "issue31";
var clock = Stopwatch.StartNew();
var goals = new List<Goal>();

if (quick || !build)
{
    // The runtime benchmarks first, while the heap is small; the driver benchmarks fill it with syntax trees.
    var measurements = new Measurements();
    foreach (var summary in !withRuntime ? [] : BenchmarkRunner.Run([typeof(BindingBenchmarks), typeof(WritingBenchmarks)], BenchmarkJobs.RuntimeConfig(quick)))
        measurements.Add(summary);

    // Issue 31's goals 3 to 5 while the heap is still small; goal 6 is read from the last --startup run.
    WaitingRunsMemory.Result? memory = null;
    KitVersusWireMock.Result? kit = null;
    EmulatorLoad.Result? load = null;
    if (withIssue31)
    {
        memory = await WaitingRunsMemory.MeasureAsync();
        WaitingRunsMemory.Print(memory);
        kit = await KitVersusWireMock.MeasureAsync(quick);
        KitVersusWireMock.Print(kit);
        load = await EmulatorLoad.MeasureAsync(quick);
        EmulatorLoad.Print(load);
    }

    var startup = ToolStartup.Last();
    if (startup is not null)
        ToolStartup.Print(startup);

    Console.WriteLine($"System.Text.Json generator: {SystemTextJsonGenerator.Describe()}");
    var caching = !withGenerator ? [] : IssueGoals.ProcessCounts.Select(CachingCheck.Run).ToList();
    foreach (var check in caching)
        Console.WriteLine($"N={check.Processes}: {check.EmitOutputs} emit outputs; not Cached after an unrelated keystroke: {check.NotCachedAfterKeystroke}; after an edit inside one process: {check.NotCachedAfterEdit}");
    if (withGenerator)
        measurements.Add(BenchmarkRunner.Run<GeneratorBenchmarks>(BenchmarkJobs.Config(quick)));

    (string HintName, int Lines, int Characters)? generated = !withGenerator ? null : GeneratedLines.ForOneProcess();
    if (generated is { } lines)
        Console.WriteLine($"Generated for one 6-input, 6-output process: {lines.Lines} lines, {lines.Characters:N0} characters ({lines.HintName})");
    ReportPrinter.PrintMeasurements(measurements);
    var driverPairs = !withGenerator ? [] : InterleavedDriverRatios.Measure(quick);
    if (driverPairs.Count > 0)
    {
        ReportPrinter.PrintInTurn("Generator sides measured in turn (medians per run):", withProcesses: true,
            driverPairs.Select(p => (p.Ours, p.Anchor, p.Processes, p.OursNanoseconds, p.AnchorNanoseconds)));
    }

    goals.AddRange(IssueGoals.Generator(driverPairs, caching, generated));
    var interleaved = !withRuntime ? [] : InterleavedRatios.Measure(quick);
    if (interleaved.Count > 0)
    {
        ReportPrinter.PrintInTurn("Runtime sides measured in turn (medians per call):", withProcesses: false,
            interleaved.Select(p => (p.Ours, p.Anchor, 0, p.OursNanoseconds, p.AnchorNanoseconds)));
    }

    var sameWork = !withRuntime ? [] : SameWorkProcesses.Measure(processes: quick ? 7 : 11, rounds: quick ? 40 : 120);
    if (sameWork.Count > 0)
        SameWorkProcesses.Print(sameWork);
    goals.AddRange(IssueGoals.Runtime(measurements, interleaved, sameWork));
    goals.AddRange(IssueGoals.Issue31(kit, load, memory, startup));
}

if (build)
{
    var result = await ConsumerBuild.MeasureAsync(processes: 200, builds: 9);
    ConsumerBuildResult.Print(result);
    goals.AddRange(IssueGoals.Build(result));
}

Console.WriteLine();
Console.WriteLine($"mode: {(quick ? "quick" : build ? "build" : "full")}{(quick && build ? " + build" : "")}; took {clock.Elapsed:mm\\:ss}");
ReportPrinter.PrintGoals(goals);
