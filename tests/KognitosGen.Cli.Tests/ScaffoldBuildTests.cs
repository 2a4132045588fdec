using KognitosGen.Testing;

namespace KognitosGen.Cli.Tests;

/// <summary>
/// The promise of scaffold end to end: pull, scaffold every process, and the classes compile as written under the
/// real generator and analyzers (warnings as errors, Release), then run against the emulator with outputs bound.
/// </summary>
[Trait("Category", "Build")]
public sealed class ScaffoldBuildTests
{
    [Fact]
    public async Task Pulled_and_scaffolded_classes_build_with_no_warnings_and_bind_outputs_against_the_emulator()
    {
        await using var world = await TestWorld.StartAsync();
        await world.CompleteRunAsync(TestWorld.InvoiceProcess, KognitosStage.Published, ("note", "\"paid\""));
        await world.CompleteRunAsync(TestWorld.InvoiceProcess, KognitosStage.Published);
        await world.CompleteRunAsync(TestWorld.FeedbackProcess, KognitosStage.Draft);
        var project = world.PathOf("Consumer");
        var lockPath = Path.Combine(project, "kognitos.schema.json");
        Assert.Equal(0, (await world.RunAsync("pull", "-o", lockPath)).ExitCode);
        var scaffold = await world.RunAsync("scaffold", "--all", "--lock", lockPath, "-o", Path.Combine(project, "Processes"), "--namespace", "Consumer.Processes");
        Assert.True(scaffold.ExitCode == 0, scaffold.ToString());
        WriteConsumer(project, AsWrittenProgram);

        var build = await DotnetCli.RunAsync(project, null, "build", "-c", "Release", "-nologo", "-v:q", "-nodeReuse:false");
        Assert.True(build.ExitCode == 0, build.Output);
        Assert.DoesNotMatch(": warning [A-Z]+[0-9]+", build.Output);
        Assert.Contains(" 0 Warning(s)", build.Output);

        var run = await DotnetCli.RunAsync(project, new Dictionary<string, string> { ["KOGNITOS_API_KEY"] = TestWorld.ApiKey },
            Path.Combine(project, "bin", "Release", "net10.0", "Consumer.dll"), world.Emulator.BaseAddress.ToString());
        Assert.True(run.ExitCode == 0, run.Output);
        Assert.Equal(
            "total=1234.56 vendor=ACME approved=True lines=3 reviewed=2026-01-15T09:30:00.0000000+00:00 due=2026-02-01 companies=Contoso,Fabrikam currency=EUR note=(null) summary=Fine. score=0.87",
            run.Output.Trim());
    }

    [Fact]
    public async Task Every_suggestion_compiles_uncommented_where_the_example_input_and_an_output_share_a_name()
    {
        await using var world = await TestWorld.StartAsync();
        await world.CompleteRunAsync(TestWorld.InvoiceProcess, KognitosStage.Published, ("invoice number", "\"INV-7\""));
        var project = world.PathOf("Consumer");
        var lockPath = Path.Combine(project, "kognitos.schema.json");
        Assert.Equal(0, (await world.RunAsync("pull", "-o", lockPath)).ExitCode);
        var classes = Path.Combine(project, "Processes");
        var scaffold = await world.RunAsync("scaffold", "--all", "--lock", lockPath, "-o", classes, "--namespace", "Consumer.Processes");
        Assert.True(scaffold.ExitCode == 0, scaffold.ToString());
        var uncommented = 0;
        foreach (var file in Directory.GetFiles(classes))
        {
            var lines = (await File.ReadAllTextAsync(file)).Split('\n');
            for (var i = 0; i < lines.Length; i++)
            {
                // A suggestion is a commented line of code: an attribute and its property.
                if (lines[i].TrimStart().StartsWith("// [", StringComparison.Ordinal))
                {
                    lines[i] = lines[i].Replace("// [", "[", StringComparison.Ordinal);
                    uncommented++;
                }
            }

            await File.WriteAllTextAsync(file, string.Join('\n', lines));
        }

        Assert.Equal(4, uncommented); // one per process, the invoice one beside the output InvoiceNumber
        WriteConsumer(project, """
            using KognitosGen;
            using Consumer.Processes;

            using var client = new KognitosClient(new KognitosClientOptions { BaseUrl = new Uri(args[0]) });
            var invoice = (await new ProcessTheInvoices { InvoiceNumberInput = "INV-9" }.RunAsync(client)).Process;
            Console.WriteLine($"invoice number={invoice.InvoiceNumber}");
            """);

        var build = await DotnetCli.RunAsync(project, null, "build", "-c", "Release", "-nologo", "-v:q", "-nodeReuse:false");
        Assert.True(build.ExitCode == 0, build.Output);
        Assert.DoesNotMatch(": (warning|error) [A-Z]+[0-9]+", build.Output);

        var run = await DotnetCli.RunAsync(project, new Dictionary<string, string> { ["KOGNITOS_API_KEY"] = TestWorld.ApiKey },
            Path.Combine(project, "bin", "Release", "net10.0", "Consumer.dll"), world.Emulator.BaseAddress.ToString());
        Assert.True(run.ExitCode == 0, run.Output);
        Assert.Equal("invoice number=INV-9", run.Output.Trim());
    }

    private const string AsWrittenProgram = """
        using KognitosGen;
        using Consumer.Processes;

        using var client = new KognitosClient(new KognitosClientOptions { BaseUrl = new Uri(args[0]) });
        var invoice = (await new ProcessTheInvoices().RunAsync(client)).Process;
        var feedback = (await new SummarizeCustomerFeedback().RunAsync(client)).Process;
        Console.WriteLine(FormattableString.Invariant(
            $"total={invoice.Total} vendor={invoice.Vendor} approved={invoice.Approved} lines={invoice.LineCount} reviewed={invoice.ReviewedAt:O} due={invoice.DueDate:yyyy-MM-dd} companies={string.Join(",", invoice.Companies)} currency={invoice.Details.GetProperty("currency").GetString()} note={invoice.Note ?? "(null)"} summary={feedback.Summary} score={feedback.Score}"));
        """;

    private static void WriteConsumer(string project, string program)
    {
        var props = Path.Combine(TestRepository.Root, "src", "KognitosGen", "buildTransitive", "KognitosGen.props");
        var runtime = typeof(KognitosClient).Assembly.Location;
        var generator = Path.Combine(AppContext.BaseDirectory, "KognitosGen.SourceGenerators.dll");
        File.WriteAllText(Path.Combine(project, "Consumer.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <Import Project="{props}" />
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
              </PropertyGroup>
              <ItemGroup>
                <Reference Include="KognitosGen" HintPath="{runtime}" />
                <Analyzer Include="{generator}" />
              </ItemGroup>
            </Project>
            """);
        // Empty props files here stop the repository's own build settings from applying.
        File.WriteAllText(Path.Combine(project, "Directory.Build.props"), "<Project />");
        File.WriteAllText(Path.Combine(project, "Directory.Packages.props"), "<Project />");
        File.WriteAllText(Path.Combine(project, "Program.cs"), program);
    }
}
