using KognitosGen.SourceGenerators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace KognitosGen.SourceGenerators.Tests.Caching;

/// <summary>
/// The edit matrix: after each kind of edit, every tracked step reacts as little as it can, and an edit that
/// does not touch a process re-emits nothing.
/// </summary>
public sealed class IncrementalCachingTests
{
    private const string Process = """
        using KognitosGen;

        namespace Billing;

        [KognitosProcess("to process the invoices", AgentId = "agent", ProcessId = "process")]
        public sealed partial class ProcessInvoice
        {
            [KognitosInput("amount")] public decimal Amount { get; init; }
            [KognitosOutput("the output total")] public decimal Total { get; private set; }

            public string Describe() => "invoice";
        }
        """;

    private const string Unrelated = """
        namespace Billing;

        public sealed class Ledger
        {
            public int Count() => 1;
        }
        """;

    private static (GeneratorDriver Driver, CSharpCompilation Compilation) Primed(IReadOnlyDictionary<string, string>? msbuild = null)
    {
        var compilation = GeneratorHarness.Compile(Process, Unrelated);
        var driver = GeneratorHarness.CreateDriver(msbuild).RunGenerators(compilation);
        return (driver, compilation);
    }

    private static IncrementalStepRunReason[] Reasons(GeneratorDriver driver, string step) =>
        driver.GetRunResult().Results.Single().TrackedSteps.TryGetValue(step, out var steps)
            ? steps.SelectMany(s => s.Outputs).Select(o => o.Reason).ToArray()
            : [];

    /// <summary>What the code-emitting output did: Cached means it wrote nothing again.</summary>
    private static IncrementalStepRunReason[] SourceOutputReasons(GeneratorDriver driver) =>
        [.. driver.GetRunResult().Results.Single().TrackedOutputSteps
            .SelectMany(pair => pair.Value)
            .Where(step => step.Inputs.Any(input => input.Source.Name == TrackingNames.Emit))
            .SelectMany(step => step.Outputs)
            .Select(output => output.Reason)];

    /// <summary>The transform may run again (FAWMN re-runs it on any compilation change) but yields an equal model.</summary>
    private static void AssertParsedToAnEqualModel(GeneratorDriver driver)
    {
        var reasons = Reasons(driver, TrackingNames.Parse);
        Assert.NotEmpty(reasons);
        Assert.All(reasons, r => Assert.True(r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"Parse step was {r}"));
        Assert.All(Reasons(driver, TrackingNames.Specs), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
    }

    private static void AssertNothingReEmitted(GeneratorDriver driver)
    {
        var reasons = SourceOutputReasons(driver);
        Assert.NotEmpty(reasons);
        Assert.All(reasons, r => Assert.Equal(IncrementalStepRunReason.Cached, r));
    }

    private static CSharpCompilation Replace(CSharpCompilation compilation, int index, string text)
    {
        var old = compilation.SyntaxTrees[index];
        return compilation.ReplaceSyntaxTree(old, CSharpSyntaxTree.ParseText(text, GeneratorHarness.ParseOptions, old.FilePath));
    }

    [Fact]
    public void The_same_compilation_again_is_all_cached()
    {
        var (driver, compilation) = Primed();

        driver = driver.RunGenerators(compilation.Clone());

        AssertParsedToAnEqualModel(driver);
        Assert.Equal([IncrementalStepRunReason.Cached], Reasons(driver, TrackingNames.Specs));
        AssertNothingReEmitted(driver);
    }

    [Fact]
    public void An_added_unrelated_file_re_emits_nothing()
    {
        var (driver, compilation) = Primed();

        driver = driver.RunGenerators(compilation.AddSyntaxTrees(
            CSharpSyntaxTree.ParseText("struct Foo { }", GeneratorHarness.ParseOptions, "Added.cs")));

        AssertParsedToAnEqualModel(driver);
        AssertNothingReEmitted(driver);
    }

    [Fact]
    public void An_edit_in_an_unrelated_file_re_emits_nothing()
    {
        var (driver, compilation) = Primed();

        driver = driver.RunGenerators(Replace(compilation, 1, Unrelated.Replace("=> 1", "=> 2")));

        AssertParsedToAnEqualModel(driver);
        AssertNothingReEmitted(driver);
    }

    [Fact]
    public void An_unrelated_type_added_to_the_same_file_re_emits_nothing()
    {
        var (driver, compilation) = Primed();

        driver = driver.RunGenerators(Replace(compilation, 0, Process + "\npublic sealed class Extra { }\n"));

        AssertParsedToAnEqualModel(driver);
        Assert.Equal([IncrementalStepRunReason.Cached], Reasons(driver, TrackingNames.Specs));
        AssertNothingReEmitted(driver);
    }

    [Fact]
    public void A_method_body_edit_inside_the_process_re_emits_nothing()
    {
        var (driver, compilation) = Primed();

        driver = driver.RunGenerators(Replace(compilation, 0, Process.Replace("=> \"invoice\"", "=> \"an invoice\"")));

        AssertParsedToAnEqualModel(driver);
        Assert.Equal([IncrementalStepRunReason.Cached], Reasons(driver, TrackingNames.Specs));
        AssertNothingReEmitted(driver);
    }

    [Fact]
    public void Shifting_the_process_down_a_few_lines_re_emits_nothing()
    {
        var (driver, compilation) = Primed();

        driver = driver.RunGenerators(Replace(compilation, 0, "\n\n\n// moved\n" + Process));

        AssertParsedToAnEqualModel(driver);
        Assert.Equal([IncrementalStepRunReason.Cached], Reasons(driver, TrackingNames.Specs));
        AssertNothingReEmitted(driver);
    }

    [Fact]
    public void Changing_an_attribute_argument_re_emits_the_process()
    {
        var (driver, compilation) = Primed();

        driver = driver.RunGenerators(Replace(compilation, 0, Process.Replace("the output total", "the output grand total")));

        Assert.Equal([IncrementalStepRunReason.Modified], Reasons(driver, TrackingNames.Parse));
        Assert.Equal([IncrementalStepRunReason.Modified], Reasons(driver, TrackingNames.Specs));
        Assert.Equal([IncrementalStepRunReason.Modified], Reasons(driver, TrackingNames.Emit));
        Assert.Equal([IncrementalStepRunReason.Modified], SourceOutputReasons(driver));
        Assert.Contains("the output grand total", driver.GetRunResult().GeneratedTrees.Single().ToString());
    }

    [Fact]
    public void A_second_process_is_new_and_the_first_stays_cached()
    {
        var (driver, compilation) = Primed();
        const string second = """
            using KognitosGen;

            [KognitosProcess("to do more", AgentId = "agent", ProcessId = "other")]
            public partial class Second
            {
            }
            """;

        driver = driver.RunGenerators(compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText(second, GeneratorHarness.ParseOptions, "Second.cs")));

        Assert.Equal(new[] { IncrementalStepRunReason.New, IncrementalStepRunReason.Unchanged }, Reasons(driver, TrackingNames.Parse).Order());
        Assert.Equal(new[] { IncrementalStepRunReason.Cached, IncrementalStepRunReason.New }.Order(), SourceOutputReasons(driver).Order());
        Assert.Equal(2, driver.GetRunResult().GeneratedTrees.Length);
    }

    [Fact]
    public void Changing_an_msbuild_option_re_emits_with_the_new_value_but_parses_nothing_again()
    {
        var compilation = GeneratorHarness.Compile(Process.Replace("AgentId = \"agent\", ", ""), Unrelated);
        var driver = GeneratorHarness.CreateDriver(new Dictionary<string, string> { ["build_property.KognitosAgentId"] = "first" }).RunGenerators(compilation);

        driver = driver.WithUpdatedAnalyzerConfigOptions(GeneratorHarness.CreateOptionsProvider(
            new Dictionary<string, string> { ["build_property.KognitosAgentId"] = "second" })).RunGenerators(compilation);

        AssertParsedToAnEqualModel(driver);
        Assert.Equal([IncrementalStepRunReason.Modified], Reasons(driver, TrackingNames.MsBuildOptions));
        Assert.Equal([IncrementalStepRunReason.Modified], Reasons(driver, TrackingNames.Emit));
        Assert.Equal([IncrementalStepRunReason.Modified], SourceOutputReasons(driver));
        Assert.Contains("\"second\"", driver.GetRunResult().GeneratedTrees.Single().ToString());
    }
}
