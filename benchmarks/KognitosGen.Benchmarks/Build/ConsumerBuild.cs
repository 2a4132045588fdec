using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace KognitosGen.Benchmarks.Build;

/// <summary>
/// <c>--build</c>: rebuilds a consumer project with and without the KognitosGen generator and analyzers, several
/// times each, alternating, after two warm-up builds of each (so the compiler server is warm, as in everyday builds;
/// the server is asked for explicitly, since an environment may turn it off with UseSharedCompilation=false).
/// The compile is the Csc task's time from MSBuild's performance summary; the generator's and analyzers' time is
/// what the compiler reports with <c>-p:ReportAnalyzer=true</c>.
/// </summary>
public static partial class ConsumerBuild
{
    public static async Task<ConsumerBuildResult> MeasureAsync(int processes, int builds)
    {
        using var project = new ConsumerProject(processes);
        await RunAsync(project.Directory, "restore", "-nologo");
        var with = new List<BuildTimes>();
        var without = new List<BuildTimes>();
        var systemTextJson = new List<BuildTimes>();
        // The compiler server's own code still speeds up over the first builds: two warm-up builds of each variant.
        for (var warmUp = 0; warmUp < 2; warmUp++)
        {
            foreach (var variant in Variants)
                await BuildAsync(project.Directory, variant);
        }

        for (var i = 0; i < builds; i++)
        {
            with.Add(await BuildAsync(project.Directory, Variant.KognitosGen));
            without.Add(await BuildAsync(project.Directory, Variant.Neither));
            systemTextJson.Add(await BuildAsync(project.Directory, Variant.SystemTextJson));
            Console.WriteLine($"build {i + 1}: with KognitosGen {with[^1]}; without {without[^1]}; System.Text.Json instead {systemTextJson[^1]}");
        }

        await RunAsync(project.Directory, "build-server", "shutdown");
        return new ConsumerBuildResult(
            processes, builds,
            Median(with.Select(t => t.CscSeconds)), Median(without.Select(t => t.CscSeconds)), Median(systemTextJson.Select(t => t.CscSeconds)),
            Median(with.Select(t => t.GeneratorSeconds)), Median(with.Select(t => t.AnalyzerSeconds)));
    }

    private enum Variant
    {
        KognitosGen,
        Neither,
        SystemTextJson,
    }

    private static readonly Variant[] Variants = [Variant.KognitosGen, Variant.Neither, Variant.SystemTextJson];

    private sealed record BuildTimes(double CscSeconds, double GeneratorSeconds, double AnalyzerSeconds)
    {
        public override string ToString() => string.Create(CultureInfo.InvariantCulture,
            $"Csc {CscSeconds:0.000} s, KognitosGen generator {GeneratorSeconds:0.000} s, analyzers {AnalyzerSeconds:0.000} s");
    }

    private static async Task<BuildTimes> BuildAsync(string directory, Variant variant)
    {
        var withGenerator = variant == Variant.KognitosGen;
        var output = await RunAsync(directory, "build", "--no-restore", "--no-incremental", "-nologo", "-tl:off", "-v:d", "-nodeReuse:false",
            "-clp:PerformanceSummary", "-p:ReportAnalyzer=true", "-p:UseSharedCompilation=true", $"-p:WithKognitosGen={(withGenerator ? "true" : "false")}",
            $"-p:WithSystemTextJson={(variant == Variant.SystemTextJson ? "true" : "false")}");
        var csc = CscTask().Matches(output).Select(m => double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) / 1000).DefaultIfEmpty(double.NaN).Max();
        double generator = 0, analyzers = 0;
        string? section = null;
        foreach (var line in output.Split('\n'))
        {
            if (line.Contains("Total analyzer execution time", StringComparison.Ordinal))
                section = "analyzers";
            else if (line.Contains("Total generator execution time", StringComparison.Ordinal))
                section = "generators";
            else if (OurAssemblyLine().Match(line) is { Success: true } match)
            {
                var seconds = double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
                if (section == "generators")
                    generator += seconds;
                else if (section == "analyzers")
                    analyzers += seconds;
            }
        }

        if (Environment.GetEnvironmentVariable("KOGNITOSGEN_SHOW_ANALYZERS") == "1")
            foreach (var line in output.Split('\n').Where(l => l.Contains("KognitosGen.SourceGenerators", StringComparison.Ordinal) && !l.Contains("Version=", StringComparison.Ordinal) || l.Contains("execution time", StringComparison.Ordinal)))
                Console.WriteLine("   | " + line.Trim());
        // The consumer is clean against its schema lock: a KOG warning means the lock or the classes went wrong.
        if (output.Split('\n').FirstOrDefault(l => l.Contains("warning KOG", StringComparison.Ordinal)) is { } warning)
            throw new InvalidOperationException("The consumer build warned: " + warning.Trim());
        if (double.IsNaN(csc))
            throw new InvalidOperationException("No Csc time in the build output:\n" + output);
        // The compiler prints its ReportAnalyzer summary only at detailed verbosity; without it there is no measurement.
        if (withGenerator && !output.Contains("Total generator execution time", StringComparison.Ordinal))
            throw new InvalidOperationException("No ReportAnalyzer summary in the build output.");
        return new BuildTimes(csc, generator, analyzers);
    }

    private static async Task<string> RunAsync(string directory, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        await process.WaitForExitAsync(timeout.Token);
        var text = await output + await error;
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"dotnet {string.Join(' ', arguments)} failed:\n{text}");
        return text;
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
    }

    // "     1234 ms  Csc        1 calls" in the task performance summary.
    [GeneratedRegex(@"^\s*(\d+) ms\s+Csc\s+\d+ calls", RegexOptions.Multiline)]
    private static partial Regex CscTask();

    // "      0.123    45   KognitosGen.SourceGenerators, Version=..." in the compiler's ReportAnalyzer summary.
    [GeneratedRegex(@"^\s*(\d+(?:\.\d+)?)\s+\S+\s+KognitosGen\.SourceGenerators, Version=")]
    private static partial Regex OurAssemblyLine();
}
