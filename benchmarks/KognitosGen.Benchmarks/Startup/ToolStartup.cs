using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text.Json;
using KognitosGen.Benchmarks.Runtime;
using KognitosGen.Benchmarks.TestKit;
using KognitosGen.Testing;

namespace KognitosGen.Benchmarks.Startup;

/// <summary>
/// Issue 31, goal 6: the <c>kognitos</c> tool's start-up as users meet it. The tool's package set as users get it (the
/// top-level package and the RID package this machine installs: linux-x64, Native AOT) and a hello-world tool written
/// here, framework-dependent (the anchor) and, for context, the same hello-world tool as a Native AOT
/// RID-specific tool, are packed into a temporary folder and installed the same way (<c>dotnet tool install
/// --tool-path</c>); then, in turn, ten runs each of both hellos, <c>kognitos --version</c> and <c>kognitos processes</c>
/// against the test kit's emulator in this process, medians of wall time. It packs (two Native AOT compiles) and
/// installs, so it runs on its own (<c>--startup</c>) and writes its result where <c>--quick</c> reads it.
/// </summary>
public static class ToolStartup
{
    /// <param name="HelloAotNanoseconds">Context, not a goal's anchor: the hello-world tool as Native AOT (0 in results written before it was measured).</param>
    public sealed record Result(double HelloNanoseconds, double VersionNanoseconds, double ProcessesNanoseconds, DateTimeOffset MeasuredAt, string Tool,
        double HelloAotNanoseconds = 0);

    /// <summary>The one RID the tool ships as Native AOT; elsewhere users get the framework-dependent <c>any</c> package.</summary>
    private static readonly string ToolRid = RuntimeInformation.RuntimeIdentifier == "linux-x64" ? "linux-x64" : "any";

    /// <summary>Where the last <c>--startup</c> result is kept, under BenchmarkDotNet's artifacts folder of the working directory.</summary>
    public static readonly string ResultPath = Path.Combine("BenchmarkDotNet.Artifacts", "tool-startup.json");

    public static async Task<Result> MeasureAsync(int runs)
    {
        var root = RepositoryRoot();
        var work = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "kognitosgen-startup-" + Guid.NewGuid().ToString("N")[..8])).FullName;
        try
        {
            var packages = Path.Combine(work, "packages");
            var tools = Path.Combine(work, "tools");
            // The RID-specific tool's set as .ci/run packs it: the top-level package (a pointer), then the RID package.
            var cli = Path.Combine(root, "src", "KognitosGen.Cli");
            Dotnet(root, "pack", cli, "-c", "Release", "-o", packages, "-v:q", "-nologo");
            Dotnet(root, "pack", cli, "-c", "Release", "-r", ToolRid, "-o", packages, "-v:q", "-nologo");
            var cliPackage = Path.GetFileNameWithoutExtension(Directory.GetFiles(packages, "KognitosGen.Cli.*.nupkg")
                .Single(p => char.IsAsciiDigit(Path.GetFileName(p)["KognitosGen.Cli.".Length])));
            var cliVersion = cliPackage["KognitosGen.Cli.".Length..];
            var hello = WriteHelloTool(work, "HelloStartupTool", "hello-startup", aot: false);
            Dotnet(work, "pack", hello, "-c", "Release", "-o", packages, "-v:q", "-nologo");
            var helloAot = WriteHelloTool(work, "HelloStartupToolAot", "hello-startup-aot", aot: true);
            Dotnet(work, "pack", helloAot, "-c", "Release", "-o", packages, "-v:q", "-nologo");
            Dotnet(work, "pack", helloAot, "-c", "Release", "-r", ToolRid, "-o", packages, "-v:q", "-nologo");
            Dotnet(work, "tool", "install", "KognitosGen.Cli", "--version", cliVersion, "--tool-path", tools, "--add-source", packages);
            Dotnet(work, "tool", "install", "HelloStartupTool", "--version", "1.0.0", "--tool-path", tools, "--add-source", packages);
            Dotnet(work, "tool", "install", "HelloStartupToolAot", "--version", "1.0.0", "--tool-path", tools, "--add-source", packages);

            await using var kit = await KitServer.StartAsync().ConfigureAwait(false);
            var environment = new Dictionary<string, string>
            {
                ["KOGNITOS_BASE_URL"] = kit.BaseAddress.ToString(),
                ["KOGNITOS_API_KEY"] = KognitosTestServer.ApiKey,
                ["KOGNITOS_AGENT_ID"] = "a7xm2kp9qwj3v5nh8t4c6r1e9z",
            };
            var commands = new (string Tool, string[] Args)[]
            {
                (Path.Combine(tools, "hello-startup"), []),
                (Path.Combine(tools, "kognitos"), ["--version"]),
                (Path.Combine(tools, "kognitos"), ["processes"]),
                (Path.Combine(tools, "hello-startup-aot"), []),
            };
            var output = Run(commands[2].Tool, commands[2].Args, environment, work);
            if (!output.Contains("b4fznghynbdemslfd5k044fgd", StringComparison.Ordinal))
                throw new InvalidOperationException("kognitos processes did not list the scripted process: " + output);

            var times = commands.Select(_ => new double[runs]).ToArray();
            for (var warm = 0; warm < 2; warm++)
            {
                foreach (var (tool, args) in commands)
                    Run(tool, args, environment, work);
            }

            for (var round = 0; round < runs; round++)
            {
                for (var k = 0; k < commands.Length; k++)
                {
                    var c = (round + k) % commands.Length;
                    var start = Stopwatch.GetTimestamp();
                    Run(commands[c].Tool, commands[c].Args, environment, work);
                    times[c][round] = Stopwatch.GetElapsedTime(start).TotalNanoseconds;
                }
            }

            var result = new Result(InterleavedRatios.Median(times[0]), InterleavedRatios.Median(times[1]), InterleavedRatios.Median(times[2]),
                DateTimeOffset.UtcNow, $"KognitosGen.Cli {cliVersion}, {ToolRid}", InterleavedRatios.Median(times[3]));
            Directory.CreateDirectory(Path.GetDirectoryName(ResultPath)!);
            File.WriteAllText(ResultPath, JsonSerializer.Serialize(result));
            return result;
        }
        finally
        {
            try
            {
                Directory.Delete(work, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }

    /// <summary>The result of the last <c>--startup</c> run in this working directory, if any.</summary>
    public static Result? Last() =>
        File.Exists(ResultPath) ? JsonSerializer.Deserialize<Result>(File.ReadAllText(ResultPath)) : null;

    public static void Print(Result r)
    {
        Console.WriteLine();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Tool start-up, installed with dotnet tool install --tool-path, medians of wall time ({r.Tool}, measured by --startup at {r.MeasuredAt:yyyy-MM-dd HH:mm} UTC):"));
        Console.WriteLine("| Command | Median |");
        Console.WriteLine("| --- | ---: |");
        Console.WriteLine($"| hello-startup (a hello-world tool, framework-dependent: the anchor) | {Reporting.Units.Time(r.HelloNanoseconds)} |");
        if (r.HelloAotNanoseconds > 0)
            Console.WriteLine($"| hello-startup-aot (the same tool, Native AOT RID-specific: context) | {Reporting.Units.Time(r.HelloAotNanoseconds)} |");
        Console.WriteLine($"| kognitos --version | {Reporting.Units.Time(r.VersionNanoseconds)} |");
        Console.WriteLine($"| kognitos processes (against the emulator) | {Reporting.Units.Time(r.ProcessesNanoseconds)} |");
    }

    /// <summary>A hello-world tool; <paramref name="aot"/> makes it RID-specific and Native AOT, as the kognitos tool is.</summary>
    private static string WriteHelloTool(string work, string packageId, string command, bool aot)
    {
        var folder = Directory.CreateDirectory(Path.Combine(work, packageId)).FullName;
        var ridSpecific = aot ? $"<ToolPackageRuntimeIdentifiers>{ToolRid}</ToolPackageRuntimeIdentifiers><PublishAot>true</PublishAot>" : "";
        File.WriteAllText(Path.Combine(folder, packageId + ".csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <PackAsTool>true</PackAsTool>
                <ToolCommandName>{command}</ToolCommandName>
                <PackageId>{packageId}</PackageId>
                <Version>1.0.0</Version>
                <InvariantGlobalization>true</InvariantGlobalization>
                {ridSpecific}
              </PropertyGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(folder, "Program.cs"), "System.Console.WriteLine(\"hello\");\n");
        // Nothing of the machine's or a parent folder's build settings applies to it.
        File.WriteAllText(Path.Combine(folder, "Directory.Build.props"), "<Project />\n");
        File.WriteAllText(Path.Combine(folder, "Directory.Build.targets"), "<Project />\n");
        File.WriteAllText(Path.Combine(folder, "Directory.Packages.props"), "<Project />\n");
        return folder;
    }

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "KognitosGen.sln")))
                return folder.FullName;
        }

        throw new InvalidOperationException("The repository root (KognitosGen.sln) was not found above " + AppContext.BaseDirectory);
    }

    private static void Dotnet(string workingDirectory, params string[] args) =>
        Run("dotnet", args, new Dictionary<string, string>(), workingDirectory);

    private static string Run(string file, string[] args, IReadOnlyDictionary<string, string> environment, string workingDirectory)
    {
        var start = new ProcessStartInfo(file)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in args)
            start.ArgumentList.Add(arg);
        foreach (var (name, value) in environment)
            start.Environment[name] = value;
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{file} {string.Join(' ', args)} exited with {process.ExitCode}: {output}{error.Result}");
        return output;
    }
}
