using KognitosGen.ReliabilityTests.Fuzzing.Checking;
using KognitosGen.SourceGenerators;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace KognitosGen.ReliabilityTests.Fuzzing;

/// <summary>The smallest forms of what the fuzzer found, kept as regular tests.</summary>
[Trait("Category", "Reliability")]
public sealed class GeneratorRegressionTests
{
    [Fact]
    public void Processes_whose_names_differ_only_in_case_both_generate_without_a_generator_exception()
    {
        // Roslyn compares hint names ignoring case: both used to be "Billing.Invoice.Kognitos.g.cs" (CS8785, no output at all).
        var run = Generate("""
            using KognitosGen;
            namespace Billing;
            [KognitosProcess("to pay", AgentId = "agent", ProcessId = "pay")] public partial class Invoice { }
            [KognitosProcess("to PAY", AgentId = "agent", ProcessId = "pay-loud")] public partial class INVOICE { }
            """);

        Assert.Null(run.Result.Results.Single().Exception);
        Assert.DoesNotContain(run.Result.Diagnostics, d => CrashDiagnostics.IsGeneratorCrash(d));
        Assert.Equal(2, run.Result.Results.Single().GeneratedSources.Length);
        Assert.Empty(run.Output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
    }

    [Fact]
    public void Processes_in_two_types_of_one_name_get_the_compiler_error_not_a_generator_exception()
    {
        // A partial class and a partial struct of one name are two types (CS0261), so each holds its own Job:
        // both Jobs used to get the hint name "Billing.Holder.Job.Kognitos.g.cs".
        var run = Generate("""
            using KognitosGen;
            namespace Billing;
            public partial class Holder
            {
                [KognitosProcess("to work", AgentId = "agent", ProcessId = "work")] public partial class Job { }
            }
            public partial struct Holder
            {
                [KognitosProcess("to work", AgentId = "agent", ProcessId = "work")] public partial class Job { }
            }
            [KognitosProcess("to refund", AgentId = "agent", ProcessId = "refund")] public partial class Refund { }
            """);

        Assert.Null(run.Result.Results.Single().Exception);
        Assert.DoesNotContain(run.Result.Diagnostics, d => CrashDiagnostics.IsGeneratorCrash(d));
        Assert.Equal(["Billing.Refund.Kognitos.g.cs"], run.Result.Results.Single().GeneratedSources.Select(s => s.HintName));
        Assert.Contains(run.Output.GetDiagnostics(), d => d.Id == "CS0261");
    }

    [Fact]
    public void Keyword_names_are_escaped_in_generated_code()
    {
        // A namespace @event used to give the hint name '@event.record.Kognitos.g.cs', which Roslyn refuses (KOG9999,
        // no code); a property declared @class used to be written as 'this.class', which does not compile.
        var run = Generate("""
            using KognitosGen;
            namespace @event;
            [KognitosProcess("to go", AgentId = "agent", ProcessId = "go")]
            public partial class @record
            {
                [KognitosInput("class")] public int @class { get; init; }
                [KognitosOutput("the output for")] public string? @for { get; private set; }
                [KognitosFile("in")] public KognitosFile? @in { get; init; }
            }
            """);

        Assert.Empty(run.Result.Diagnostics);
        Assert.Equal(["event.record.Kognitos.g.cs"], run.Result.Results.Single().GeneratedSources.Select(s => s.HintName));
        var errors = run.Output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString()).ToList();
        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));
    }

    private static (GeneratorDriverRunResult Result, Compilation Output) Generate(string source)
    {
        var compilation = FuzzCompilation.CreateEmpty(new CompilationFlavour(Release: false, Nullable: true)).AddSyntaxTrees(FuzzCompilation.Parse(source));
        var driver = CSharpGeneratorDriver.Create([new KognitosProcessGenerator().AsSourceGenerator()], parseOptions: FuzzCompilation.ParseOptions)
            .RunGeneratorsAndUpdateCompilation(compilation, out var output, out _);
        return (driver.GetRunResult(), output);
    }
}
