using KognitosGen.Testing;

namespace KognitosGen.PackageTests;

/// <summary>
/// A netstandard2.0 (or .NET Framework) library of process classes as <c>kognitos scaffold</c> writes them
/// (file-scoped namespace, <c>required</c> and <c>init</c> inputs), used by a net8.0 app, all on the packed package
/// only: the package brings the compiler's polyfills such a library lacks, none hand-written, and never twice.
/// </summary>
[Collection(nameof(PackedPackageCollection))]
[Trait("Category", "Package")]
public sealed class NetStandardLibraryTests(PackedPackage package) : IDisposable
{
    private readonly string _directory = Path.Combine(package.Root, "netstandard-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_directory))
            Directory.Delete(_directory, recursive: true);
    }

    [Fact]
    public async Task A_netstandard_library_with_a_scaffolded_class_builds_without_polyfills_of_its_own_and_an_app_runs_its_generated_code()
    {
        var consumer = new ConsumerSolution(_directory, package);
        consumer.WriteLibrary("netstandard2.0", "<LangVersion>11</LangVersion>");
        consumer.WriteApp();

        var (exitCode, output) = await consumer.DotnetAsync("build", "App", "-c", PackedPackage.Configuration);
        Assert.True(exitCode == 0, output);
        var run = await consumer.DotnetAsync("App/bin/" + PackedPackage.Configuration + "/net8.0/App.dll");

        Assert.True(run.ExitCode == 0, run.Output);
        // The process's identity from the generated descriptor, and the inputs as the generated writer sends them.
        Assert.Contains("b4fznghynbdemslfd5k044fgd to process the invoices", run.Output);
        Assert.Contains("""[{"name":"invoice number","value":"INV-7"},{"name":"amount","value":42.5}]""", run.Output);
    }

    [Fact]
    public async Task A_NET_Framework_library_with_a_scaffolded_class_builds_without_polyfills_of_its_own()
    {
        var consumer = new ConsumerSolution(_directory, package);
        consumer.WriteLibrary("net472", "<LangVersion>latest</LangVersion>");

        var (exitCode, output) = await consumer.DotnetAsync("build", "Invoices", "-c", PackedPackage.Configuration);

        Assert.True(exitCode == 0, output);
    }

    [Fact]
    public async Task A_library_that_also_uses_PolySharp_gets_each_polyfill_once()
    {
        var consumer = new ConsumerSolution(_directory, package);
        consumer.WriteLibrary("netstandard2.0", "<LangVersion>latest</LangVersion>", $"""<PackageReference Include="PolySharp" Version="{consumer.CachedVersionOf("PolySharp")}" PrivateAssets="all" />""");

        var (exitCode, output) = await consumer.DotnetAsync("build", "Invoices", "-c", PackedPackage.Configuration);

        Assert.True(exitCode == 0, output);
    }

    [Fact]
    public async Task A_library_on_CSharp_10_gets_KOG0013_naming_CSharp_11_for_the_required_members_and_what_to_set()
    {
        var consumer = new ConsumerSolution(_directory, package);
        consumer.WriteLibrary("netstandard2.0", "<LangVersion>10</LangVersion>");

        var (exitCode, output) = await consumer.DotnetAsync("build", "Invoices", "-c", PackedPackage.Configuration);

        Assert.NotEqual(0, exitCode);
        Assert.Contains(
            "error KOG0013: 'ProcessInvoice' needs C# 11 (it declares required members), but this project compiles C# 10.0: set <LangVersion>11</LangVersion> or later (or latest) in the project file",
            output);
    }
}
