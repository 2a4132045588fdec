using KognitosGen.SourceGenerators.Analyzers;
using Microsoft.CodeAnalysis;

namespace KognitosGen.Analyzers.Tests;

/// <summary>KOG0004, KOG0005, KOG0009, KOG0011, KOG0014, KOG0015.</summary>
public sealed class DeclarationRulesTests
{
    private static Task Verify(string source, string? globalConfig = null, OptimizationLevel optimization = OptimizationLevel.Debug) =>
        new AnalyzerTest<KognitosProcessAnalyzer>("using KognitosGen;\n" + source, globalConfig, optimization).RunAsync();

    [Fact]
    public Task KOG0004_fires_on_a_class_that_is_not_partial() => Verify("""
        [KognitosProcess("x", AgentId = "a", ProcessId = "p")]
        public sealed class {|KOG0004:P|} { }
        """);

    [Fact]
    public Task KOG0004_fires_on_a_record_that_is_not_partial() => Verify("""
        [KognitosProcess("x", AgentId = "a", ProcessId = "p")]
        public record {|KOG0004:P|};
        """);

    [Fact]
    public Task KOG0004_fires_on_the_containing_type_that_is_not_partial() => Verify("""
        public class {|KOG0004:Outer|}
        {
            [KognitosProcess("x", AgentId = "a", ProcessId = "p")]
            public partial class P { }
        }
        """);

    [Fact]
    public Task KOG0004_is_silent_when_every_type_is_partial() => Verify("""
        public static partial class Outer
        {
            [KognitosProcess("x", AgentId = "a", ProcessId = "p")]
            public partial record class P { }
        }
        """);

    [Fact]
    public Task KOG0005_fires_on_an_output_without_the_prefix() => Verify("""
        [KognitosProcess("x", AgentId = "a", ProcessId = "p")]
        public partial class P
        {
            [KognitosOutput({|KOG0005:"total"|})] public int Total { get; private set; }
            [KognitosOutput("the output vendor")] public string? Vendor { get; private set; }
            [KognitosOutput("The Output Count")] public int Count { get; private set; }
            [KognitosInput("amount")] public int Amount { get; set; }
        }
        """);

    [Fact]
    public Task KOG0009_fires_on_Draft_in_a_release_build() => Verify("""
        [{|KOG0009:KognitosProcess("x", AgentId = "a", ProcessId = "p", Stage = KognitosStage.Draft)|}]
        public partial class P { }
        """, optimization: OptimizationLevel.Release);

    [Fact]
    public Task KOG0009_names_the_process_and_the_class() =>
        new AnalyzerTest<KognitosProcessAnalyzer>("""
            using KognitosGen;
            [{|#0:KognitosProcess("to draft the letters", AgentId = "a", ProcessId = "p", Stage = KognitosStage.Draft)|}]
            public partial class DraftLetters { }
            """, optimization: OptimizationLevel.Release)
        {
            ExpectedDiagnostics =
            {
                new Microsoft.CodeAnalysis.Testing.DiagnosticResult("KOG0009", DiagnosticSeverity.Warning).WithLocation(0).WithArguments("to draft the letters", "DraftLetters"),
            },
        }.RunAsync();

    [Fact]
    public Task KOG0009_fires_on_a_Draft_default_from_msbuild_in_a_release_build() => Verify("""
        [{|KOG0009:KognitosProcess("x", AgentId = "a", ProcessId = "p")|}]
        public partial class P { }
        """, "build_property.KognitosProcessStage = Draft", OptimizationLevel.Release);

    [Fact]
    public Task KOG0009_is_silent_on_Draft_in_a_debug_build() => Verify("""
        [KognitosProcess("x", AgentId = "a", ProcessId = "p", Stage = KognitosStage.Draft)]
        public partial class P { }
        """);

    [Fact]
    public Task KOG0009_is_silent_on_Published_in_a_release_build_even_with_a_Draft_default() => Verify("""
        [assembly: KognitosDefaults(Stage = KognitosStage.Draft)]
        [KognitosProcess("x", AgentId = "a", ProcessId = "p", Stage = KognitosStage.Published)]
        public partial class P { }
        """, optimization: OptimizationLevel.Release);

    [Fact]
    public Task KOG0011_fires_on_an_empty_process_name() => Verify("""
        [KognitosProcess({|KOG0011:""|}, AgentId = "a", ProcessId = "p")]
        public partial class P { }
        """);

    [Fact]
    public Task KOG0011_fires_on_a_process_name_over_100_characters() => Verify($$"""
        [KognitosProcess({|KOG0011:"{{new string('n', 101)}}"|}, AgentId = "a", ProcessId = "p")]
        public partial class P { }
        """);

    [Fact]
    public Task KOG0011_is_silent_at_exactly_100_characters() => Verify($$"""
        [KognitosProcess("{{new string('n', 100)}}", AgentId = "a", ProcessId = "p")]
        public partial class P { }
        """);

    [Fact]
    public Task KOG0014_fires_on_a_fact_attribute_outside_a_process() => Verify("""
        public class NotAProcess
        {
            [{|KOG0014:KognitosInput("amount")|}] public int Amount { get; set; }
            [{|KOG0014:KognitosOutput("the output total")|}] public int Total { get; set; }
        }
        """);

    [Fact]
    public Task KOG0015_fires_on_an_empty_fact_name() => Verify("""
        [KognitosProcess("x", AgentId = "a", ProcessId = "p")]
        public partial class P
        {
            [KognitosInput({|KOG0015:""|})] public int Amount { get; set; }
            [KognitosFile({|KOG0015:" "|})] public KognitosFile? Scan { get; set; }
        }
        """);
}
