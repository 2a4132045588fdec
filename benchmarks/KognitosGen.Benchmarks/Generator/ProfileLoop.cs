using System.Diagnostics;
using KognitosGen.SourceGenerators;
using Microsoft.CodeAnalysis;

namespace KognitosGen.Benchmarks.Generator;

/// <summary>
/// <c>--profile cold|keystroke|bind N</c>: repeats one driver transition for about 20 seconds, for a profiler to
/// sample (for example <c>dotnet-trace collect -- dotnet KognitosGen.Benchmarks.dll --profile keystroke 1000</c>).
/// </summary>
public static class ProfileLoop
{
    public static void Run(string scenario, int processes)
    {
        if (scenario == "bind")
        {
            var binding = new Runtime.BindingBenchmarks();
            binding.Setup();
            var watch = Stopwatch.StartNew();
            var count = 0;
            while (watch.Elapsed < TimeSpan.FromSeconds(10))
            {
                GC.KeepAlive(binding.Generated_BindFromBody());
                count++;
            }

            Console.WriteLine($"bind: {watch.Elapsed.TotalMilliseconds * 1000 / count:0.00} us each");
            return;
        }

        var compilation = SyntheticCompilation.Create(SyntheticProject.ProcessFiles(processes));
        var fresh = SyntheticCompilation.Driver(new KognitosProcessGenerator());
        var primed = fresh.RunGenerators(compilation);
        var keystroke = SyntheticCompilation.Parse(SyntheticProject.KeystrokePath, SyntheticProject.UnrelatedAfterKeystroke);
        var clock = Stopwatch.StartNew();
        var runs = 0;
        while (clock.Elapsed < TimeSpan.FromSeconds(20))
        {
            GeneratorDriver result = scenario == "cold"
                ? fresh.RunGenerators(compilation.Clone())
                : primed.RunGenerators(SyntheticCompilation.Replace(compilation, SyntheticProject.KeystrokePath, keystroke));
            GC.KeepAlive(result);
            runs++;
        }

        Console.WriteLine($"{scenario} N={processes}: {runs} runs, {clock.Elapsed.TotalMilliseconds / runs:0.0} ms each");
    }
}
