using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace KognitosGen.Benchmarks;

/// <summary>
/// The jobs of the two modes. Both run in this process (no per-benchmark project build, so the quick mode fits in
/// minutes on 2 cores). Driver benchmarks run one invocation per iteration, each on a fresh compilation.
/// </summary>
public static class BenchmarkJobs
{
    public static IConfig Config(bool quick) => DefaultConfig.Instance
        .AddJob(Driver(quick).WithToolchain(InProcessEmitToolchain.Instance))
        .WithOptions(ConfigOptions.DisableLogFile | ConfigOptions.JoinSummary);

    public static IConfig RuntimeConfig(bool quick) => DefaultConfig.Instance
        .AddJob(Runtime(quick).WithToolchain(InProcessEmitToolchain.Instance))
        .WithOptions(ConfigOptions.DisableLogFile | ConfigOptions.JoinSummary);

    private static Job Driver(bool quick) => (quick
            // 9 runs, not 5: a cold run at N=100 takes about 40 ms, and whether a collection falls inside it moved the
            // median of 5 by up to a third between runs.
            ? new Job("QuickDriver").WithLaunchCount(1).WithWarmupCount(1).WithIterationCount(9)
            : new Job("MediumDriver", Job.MediumRun))
        // One invocation takes milliseconds to seconds, so the empty-call overhead is noise; not measuring it saves
        // the forced full collections of a heap that holds thousands of syntax trees.
        .WithInvocationCount(1).WithUnrollFactor(1).WithEvaluateOverhead(false);

    private static Job Runtime(bool quick) => quick
        // 25 short iterations: the median then holds still across runs on a shared machine, where 8 let ratios flip.
        ? new Job("QuickRuntime").WithLaunchCount(1).WithWarmupCount(3).WithIterationCount(25).WithIterationTime(Perfolizer.Horology.TimeInterval.FromMilliseconds(100))
        : new Job("MediumRuntime", Job.MediumRun);
}
