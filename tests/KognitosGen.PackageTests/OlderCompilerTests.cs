using System.Text.RegularExpressions;

namespace KognitosGen.PackageTests;

/// <summary>
/// The generator in the packed package on the oldest compiler served (Microsoft.Net.Compilers.Toolset 4.14.0) and on
/// the SDK's own: a consumer built with each gets the same generated files and the same diagnostics.
/// </summary>
[Collection(nameof(PackedPackageCollection))]
[Trait("Category", "Package")]
public sealed partial class OlderCompilerTests(PackedPackage package) : IDisposable
{
    private const string OldestToolset = "4.14.0";
    private const string GeneratedFolder = "generated";

    // The .NET 10 SDK points the build at its own compiler unless RoslynCompilerType is set, which toolset packages
    // older than it do not set: any value but Core or Framework leaves the package's compiler in place.
    private const string UseTheToolsetsCompiler = "<RoslynCompilerType>Package</RoslynCompilerType>";

    private readonly string _directory = Path.Combine(package.Root, "compilers-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_directory))
            Directory.Delete(_directory, recursive: true);
    }

    [Fact]
    public async Task The_oldest_compiler_served_generates_the_same_code_and_reports_the_same_diagnostics_as_the_SDKs()
    {
        var withSdk = await BuildAsync("sdk", toolset: null);
        var withToolset = await BuildAsync("toolset", OldestToolset);

        // The toolset's compiler did the second build (its csc.dll is on the logged command line), the SDK's the first.
        Assert.Contains($"microsoft.net.compilers.toolset/{OldestToolset}/", withToolset.Output.Replace('\\', '/'), StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("microsoft.net.compilers.toolset/", withSdk.Output.Replace('\\', '/'), StringComparison.OrdinalIgnoreCase);
        // The consumer is written to draw generator and analyzer warnings, so the comparison has something to compare.
        Assert.Contains(withSdk.Diagnostics, d => d.Contains(" warning KOG0005: ", StringComparison.Ordinal));
        Assert.Contains(withSdk.Diagnostics, d => d.Contains(" warning KOG0009: ", StringComparison.Ordinal));
        Assert.Contains(withSdk.Diagnostics, d => d.Contains(" warning KOG0014: ", StringComparison.Ordinal));
        Assert.Equal(withSdk.Diagnostics, withToolset.Diagnostics);
        Assert.Contains(withSdk.Generated.Keys, path => path.Contains("ProcessInvoice", StringComparison.Ordinal));
        Assert.Contains(withSdk.Generated.Keys, path => path.Contains("PayVendors", StringComparison.Ordinal));
        Assert.Equal(withSdk.Generated.Keys.Order(StringComparer.Ordinal), withToolset.Generated.Keys.Order(StringComparer.Ordinal));
        Assert.All(withSdk.Generated, file => Assert.Equal(file.Value, withToolset.Generated[file.Key]));
    }

    private async Task<ConsumerBuild> BuildAsync(string name, string? toolset)
    {
        var consumer = new ConsumerSolution(Path.Combine(_directory, name), package);
        consumer.WriteLibrary(
            "net8.0",
            $"""
            <TreatWarningsAsErrors>false</TreatWarningsAsErrors>
            <EmitCompilerGeneratedFiles>true</EmitCompilerGeneratedFiles>
            <CompilerGeneratedFilesOutputPath>{GeneratedFolder}</CompilerGeneratedFilesOutputPath>
            {(toolset is null ? "" : UseTheToolsetsCompiler)}
            """,
            toolset is null ? "" : $"""<PackageReference Include="Microsoft.Net.Compilers.Toolset" Version="{toolset}" PrivateAssets="all" />""");
        var library = Path.Combine(_directory, name, "Invoices");
        File.WriteAllText(Path.Combine(library, "Warnings.cs"), """
            using KognitosGen;

            namespace Invoices;

            [KognitosProcess("to pay the vendors", AgentId = "a7xm2kp9qwj3v5nh8t4c6r1e9z", ProcessId = "c5fznghynbdemslfd5k044fgd", Stage = KognitosStage.Draft)]
            public sealed partial class PayVendors
            {
                [KognitosInput("vendor")] public string? Vendor { get; init; }

                [KognitosOutput("paid amount")] public decimal Paid { get; private set; }
            }

            public sealed class NotAProcess
            {
                [KognitosInput("stray")] public string? Stray { get; set; }
            }
            """);

        // Normal verbosity logs the compiler's command line, which names the compiler that ran.
        var (exitCode, output) = await consumer.DotnetAsync("build", "Invoices", "-c", PackedPackage.Configuration, "-v:n", "-nologo");
        Assert.True(exitCode == 0, output);

        var generatedRoot = Path.Combine(library, GeneratedFolder);
        var generated = Directory.GetFiles(generatedRoot, "*.cs", SearchOption.AllDirectories)
            .ToDictionary(path => Path.GetRelativePath(generatedRoot, path).Replace('\\', '/'), File.ReadAllText);
        return new ConsumerBuild(output, Diagnostics(output, library), generated);
    }

    /// <summary>Each distinct diagnostic, as "file(line,column): severity ID: message", the project's folder left out.</summary>
    private static List<string> Diagnostics(string output, string library) =>
        [.. output.Split('\n')
            .Select(line => DiagnosticLine().Match(line))
            .Where(match => match.Success)
            .Select(match => match.Groups["location"].Value.Replace(library, "", StringComparison.Ordinal) + " " + match.Groups["diagnostic"].Value.TrimEnd())
            .Distinct()
            .Order(StringComparer.Ordinal)];

    // "path(line,col): warning KOG0005: message [project]": the project suffix names the folder, which differs.
    [GeneratedRegex(@"^\s*(?:\d+>)?(?<location>\S[^:]*\(\d+,\d+\)): (?<diagnostic>(?:warning|error) [A-Z]+\d+: .*?)(?: \[[^\[\]]*\])?\s*$")]
    private static partial Regex DiagnosticLine();

    private sealed record ConsumerBuild(string Output, List<string> Diagnostics, Dictionary<string, string> Generated);
}
