using KognitosGen.Testing;
using KognitosGen.SourceGenerators.Analyzers;

namespace KognitosGen.Analyzers.Tests;

/// <summary>
/// A consumer project built with the real <c>dotnet build</c>: the rules fail the build where they should, and the
/// MSBuild property supplies the agent ID. Runs against the KognitosGen assemblies this test was built with.
/// </summary>
[Trait("Category", "Build")]
public sealed class ConsumerBuildTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "kognitosgen-consumer-" + Guid.NewGuid().ToString("N"));

    public ConsumerBuildTests()
    {
        Directory.CreateDirectory(_directory);
        var analyzer = typeof(KognitosProcessAnalyzer).Assembly.Location;
        var runtime = typeof(KognitosClient).Assembly.Location;
        var props = Path.Combine(TestRepository.Root, "src", "KognitosGen", "buildTransitive", "KognitosGen.props");
        File.WriteAllText(Path.Combine(_directory, "Consumer.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <Import Project="{props}" />
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
                <EmitCompilerGeneratedFiles>true</EmitCompilerGeneratedFiles>
              </PropertyGroup>
              <ItemGroup>
                <Reference Include="KognitosGen" HintPath="{runtime}" />
                <Analyzer Include="{analyzer}" />
              </ItemGroup>
            </Project>
            """);
        // An empty props file here stops the repository's own build settings from applying.
        File.WriteAllText(Path.Combine(_directory, "Directory.Build.props"), "<Project />");
        File.WriteAllText(Path.Combine(_directory, "Directory.Packages.props"), "<Project />");
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private void WriteProcess(string declaration) => File.WriteAllText(Path.Combine(_directory, "Process.cs"), $$"""
        using KognitosGen;

        namespace Consumer;

        {{declaration}}
        {
            [KognitosInput("invoice number")] public string InvoiceNumber { get; init; } = "";
            [KognitosOutput("the output total")] public decimal Total { get; private set; }
        }
        """);

    [Fact]
    public async Task Missing_ids_fail_the_build_and_the_msbuild_property_supplies_the_agent()
    {
        WriteProcess("""[KognitosProcess("to process the invoices")] public partial class ProcessInvoice""");

        var missingBoth = await BuildAsync();
        Assert.NotEqual(0, missingBoth.ExitCode);
        Assert.Contains("error KOG0001", missingBoth.Output);
        Assert.Contains("error KOG0002", missingBoth.Output);

        WriteProcess("""[KognitosProcess("to process the invoices", ProcessId = "b4fznghynbdemslfd5k044fgd")] public partial class ProcessInvoice""");
        var missingAgent = await BuildAsync();
        Assert.NotEqual(0, missingAgent.ExitCode);
        Assert.Contains("error KOG0001", missingAgent.Output);
        Assert.DoesNotContain("KOG0002", missingAgent.Output);

        var withProperty = await BuildAsync("-p:KognitosAgentId=a7xm2kp9qwj3v5nh8t4c6r1e9z");
        Assert.True(withProperty.ExitCode == 0, withProperty.Output);
        var generated = Directory.GetFiles(Path.Combine(_directory, "obj"), "Consumer.ProcessInvoice.Kognitos.g.cs", SearchOption.AllDirectories);
        var source = File.ReadAllText(Assert.Single(generated));
        Assert.Contains("\"a7xm2kp9qwj3v5nh8t4c6r1e9z\"", source);
        Assert.Contains("\"invoice number\"", source);
        Assert.Contains("\"the output total\"", source);
    }

    [Fact]
    public async Task A_class_that_is_not_partial_fails_the_build_with_KOG0004()
    {
        WriteProcess("""[KognitosProcess("to process the invoices", AgentId = "a7xm2kp9qwj3v5nh8t4c6r1e9z", ProcessId = "b4fznghynbdemslfd5k044fgd")] public class ProcessInvoice""");

        var result = await BuildAsync();

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("error KOG0004", result.Output);
    }

    private Task<(int ExitCode, string Output)> BuildAsync(params string[] arguments) =>
        DotnetCli.RunAsync(_directory, null, ["build", "-nologo", "-v:q", "-nodeReuse:false", .. arguments]);
}
