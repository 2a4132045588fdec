using KognitosGen.SourceGenerators.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using static KognitosGen.Analyzers.Tests.SchemaLock.SchemaLockTest;

namespace KognitosGen.Analyzers.Tests.SchemaLock;

/// <summary>KOG0019 and KOG0020: output facts and their property types against the lock's sampled runs.</summary>
public sealed class OutputRulesTests
{
    private const string Invoices = """[KognitosProcess("to process the invoices", AgentId = "agent1", ProcessId = "invoices")]""";

    [Fact]
    public Task KOG0019_names_the_closest_observed_fact() => VerifyWith(Invoices + """

        public partial class P
        {
            [KognitosOutput({|#0:"the output totl"|})] public decimal Total { get; private set; }
        }
        """,
        new DiagnosticResult(DiagnosticDescriptors.OutputNotInLock).WithLocation(0)
            .WithArguments("the output totl", 10, "to process the invoices", "kognitos.schema.json", "the closest observed fact is 'the output total'"));

    [Fact]
    public Task KOG0019_is_silent_for_observed_facts_exact_or_as_the_binder_normalises_them() => Verify(Invoices + """

        public partial class P
        {
            [KognitosOutput("the output total")] public decimal Total { get; private set; }
            [KognitosOutput("The Output Approved")] public bool Approved { get; private set; }
            [KognitosOutput("the_output_reviewed_at")] public System.DateTimeOffset ReviewedAt { get; private set; }
        }
        """);

    [Fact]
    public Task KOG0019_is_silent_when_no_run_was_sampled() => Verify("""
        [KognitosProcess("to draft the letters", AgentId = "agent1", ProcessId = "drafting", Stage = KognitosStage.Draft)]
        public partial class P
        {
            [KognitosOutput("the output anything")] public string? Anything { get; private set; }
        }
        """);

    [Fact]
    public Task KOG0019_says_so_when_the_sampled_runs_returned_no_output()
    {
        var quietLock = TestLocks.Standard.Replace("\"runsSampled\": 0", "\"runsSampled\": 3");
        var test = Create("""
            [KognitosProcess("to draft the letters", AgentId = "agent1", ProcessId = "drafting", Stage = KognitosStage.Draft)]
            public partial class P
            {
                [KognitosOutput({|#0:"the output letter"|})] public string? Letter { get; private set; }
            }
            """, quietLock);
        test.ExpectedDiagnostics.Add(new DiagnosticResult(DiagnosticDescriptors.OutputNotInLock).WithLocation(0)
            .WithArguments("the output letter", 3, "to draft the letters", "kognitos.schema.json", "its sampled runs returned no output facts"));
        return test.RunAsync();
    }

    [Fact]
    public Task KOG0020_fires_for_a_type_that_cannot_hold_an_observed_kind() => VerifyWith(Invoices + """

        public partial class P
        {
            [KognitosOutput("the output total")] public {|#0:int|} Total { get; private set; }
            [KognitosOutput("the output approved")] public string Approved { get; private set; } = "";
            [KognitosOutput("the output files")] public {|#2:bool|} Files { get; private set; }
        }
        """,
        new DiagnosticResult(DiagnosticDescriptors.OutputTypeMismatchesLock).WithLocation(0)
            .WithArguments("Total", "int", "the output total", "kognitos.schema.json", "the lock saw it as number"),
        new DiagnosticResult(DiagnosticDescriptors.OutputTypeMismatchesLock).WithLocation(2)
            .WithArguments("Files", "bool", "the output files", "kognitos.schema.json", "the lock saw it as array"));

    [Fact]
    public Task KOG0020_fires_for_a_non_nullable_type_of_a_fact_seen_as_null_or_missing() => VerifyWith("#nullable enable\n" + Invoices + """

        public partial class P
        {
            [KognitosOutput("the output vendor")] public {|#0:string|} Vendor { get; private set; } = "";
            [KognitosOutput("the output invoice number")] public {|#1:string|} Number { get; private set; } = "";
        }
        """,
        new DiagnosticResult(DiagnosticDescriptors.OutputTypeMismatchesLock).WithLocation(0)
            .WithArguments("Vendor", "string", "the output vendor", "kognitos.schema.json", "it was null in sampled runs and the type is not nullable"),
        new DiagnosticResult(DiagnosticDescriptors.OutputTypeMismatchesLock).WithLocation(1)
            .WithArguments("Number", "string", "the output invoice number", "kognitos.schema.json", "it was missing from 3 of the 10 sampled runs and the type is not nullable"));

    [Fact]
    public Task KOG0020_is_silent_for_types_that_hold_every_observed_kind() => Verify("#nullable enable\n" + Invoices + """

        public partial class P
        {
            [KognitosOutput("the output total")] public decimal? Total { get; private set; }
            [KognitosOutput("the output approved")] public bool Approved { get; private set; }
            [KognitosOutput("the output files")] public System.Collections.Generic.IReadOnlyList<string> Files { get; private set; } = [];
            [KognitosOutput("the output reviewed at")] public System.DateTimeOffset ReviewedAt { get; private set; }
            [KognitosOutput("the output vendor")] public string? Vendor { get; private set; }
            [KognitosOutput("the output invoice number")] public System.Text.Json.JsonElement Number { get; private set; }
        }
        """);

    [Fact]
    public Task KOG0020_does_not_judge_nullability_where_the_nullable_context_is_off() => Verify("#nullable enable\n" + Invoices + """

        public partial class P
        {
        #nullable disable
            [KognitosOutput("the output vendor")] public string Vendor { get; private set; }
        #nullable restore
        }
        """);
}
