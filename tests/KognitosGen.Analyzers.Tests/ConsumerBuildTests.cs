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
        WriteProject();
        // An empty props file here stops the repository's own build settings from applying.
        File.WriteAllText(Path.Combine(_directory, "Directory.Build.props"), "<Project />");
        File.WriteAllText(Path.Combine(_directory, "Directory.Packages.props"), "<Project />");
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    /// <summary>The consumer project; <paramref name="properties"/> come after the props import, as a user's would.</summary>
    private void WriteProject(string properties = "")
    {
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
                {properties}
              </PropertyGroup>
              <ItemGroup>
                <Reference Include="KognitosGen" HintPath="{runtime}" />
                <Analyzer Include="{analyzer}" />
              </ItemGroup>
            </Project>
            """);
    }

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

    [Fact]
    public async Task A_fact_typo_against_the_schema_lock_warns_with_the_closest_fact_and_editorconfig_can_fail_the_build()
    {
        const string Lock = """
            {
              "version": 1,
              "pulledAt": "2026-01-15T10:00:00Z",
              "baseUrl": "http://127.0.0.1:5080",
              "agents": [
                {
                  "id": "a7xm2kp9qwj3v5nh8t4c6r1e9z",
                  "processes": [
                    {
                      "id": "b4fznghynbdemslfd5k044fgd",
                      "name": "to process the invoices",
                      "stage": "Published",
                      "runsSampled": 2,
                      "outputs": [
                        {
                          "name": "the output total",
                          "kinds": [
                            "number"
                          ],
                          "seen": 2,
                          "example": "1234.56"
                        }
                      ]
                    }
                  ]
                }
              ]
            }

            """;
        File.WriteAllText(Path.Combine(_directory, "kognitos.schema.json"), Lock);
        File.WriteAllText(Path.Combine(_directory, "Process.cs"), """
            using KognitosGen;

            namespace Consumer;

            [KognitosProcess("to process the invoices", AgentId = "a7xm2kp9qwj3v5nh8t4c6r1e9z", ProcessId = "b4fznghynbdemslfd5k044fgd")]
            public partial class ProcessInvoice
            {
                [KognitosOutput("the output totl")] public decimal Total { get; private set; }
            }
            """);

        var warned = await BuildAsync("-p:TreatWarningsAsErrors=false");
        Assert.True(warned.ExitCode == 0, warned.Output);
        Assert.Contains("warning KOG0019", warned.Output);
        Assert.Contains("in kognitos.schema.json; the closest observed fact is 'the output total'", warned.Output);

        // One lock shared from another folder, named by KognitosSchemaFile after the props import; the rule raised to an error.
        Directory.CreateDirectory(Path.Combine(_directory, "locks"));
        File.Move(Path.Combine(_directory, "kognitos.schema.json"), Path.Combine(_directory, "locks", "agents.lock.json"));
        WriteProject("<KognitosSchemaFile>locks/agents.lock.json</KognitosSchemaFile>");
        File.WriteAllText(Path.Combine(_directory, ".editorconfig"), "root = true\n\n[*.cs]\ndotnet_diagnostic.KOG0019.severity = error\n");
        var failed = await BuildAsync("-p:TreatWarningsAsErrors=false");
        Assert.NotEqual(0, failed.ExitCode);
        Assert.Contains("error KOG0019", failed.Output);
        Assert.Contains("in agents.lock.json; the closest observed fact is 'the output total'", failed.Output);
    }

    private Task<(int ExitCode, string Output)> BuildAsync(params string[] arguments) =>
        DotnetCli.RunAsync(_directory, null, ["build", "-nologo", "-v:q", "-nodeReuse:false", .. arguments]);
}
