using KognitosGen.CodeFixes;
using KognitosGen.SourceGenerators.Analyzers;

namespace KognitosGen.Analyzers.Tests;

/// <summary>Each code fix: the fixed source for one diagnostic, and Fix All over several.</summary>
public sealed class CodeFixTests
{
    private static Task Fix<TFix>(string source, string fixedSource, int iterations = 1)
        where TFix : Microsoft.CodeAnalysis.CodeFixes.CodeFixProvider, new()
    {
        var test = new CodeFixTest<KognitosProcessAnalyzer, TFix>("using KognitosGen;\n" + source, "using KognitosGen;\n" + fixedSource);
        test.NumberOfFixAllIterations = iterations;
        return test.RunAsync();
    }

    [Fact]
    public Task Add_partial_to_a_class_with_modifiers() => Fix<AddPartialCodeFixProvider>("""
        [KognitosProcess("x", AgentId = "a", ProcessId = "p")]
        public sealed class {|KOG0004:P|}
        {
        }
        """, """
        [KognitosProcess("x", AgentId = "a", ProcessId = "p")]
        public sealed partial class P
        {
        }
        """);

    [Fact]
    public Task Add_partial_to_a_class_without_modifiers() => Fix<AddPartialCodeFixProvider>("""
        [KognitosProcess("x", AgentId = "a", ProcessId = "p")]
        class {|KOG0004:P|} { }
        """, """
        [KognitosProcess("x", AgentId = "a", ProcessId = "p")]
        partial class P { }
        """);

    [Fact]
    public Task Add_partial_to_the_class_and_every_containing_type() => Fix<AddPartialCodeFixProvider>("""
        public static class Outer
        {
            internal class Middle
            {
                [KognitosProcess("x", AgentId = "a", ProcessId = "p")]
                public record {|KOG0004:P|};
            }
        }
        """, """
        public static partial class Outer
        {
            internal partial class Middle
            {
                [KognitosProcess("x", AgentId = "a", ProcessId = "p")]
                public partial record P;
            }
        }
        """);

    [Fact]
    public Task Add_partial_fix_all_fixes_every_process() => Fix<AddPartialCodeFixProvider>("""
        [KognitosProcess("x", AgentId = "a", ProcessId = "p")]
        public class {|KOG0004:First|} { }

        [KognitosProcess("y", AgentId = "a", ProcessId = "q")]
        public class {|KOG0004:Second|} { }
        """, """
        [KognitosProcess("x", AgentId = "a", ProcessId = "p")]
        public partial class First { }

        [KognitosProcess("y", AgentId = "a", ProcessId = "q")]
        public partial class Second { }
        """);

    [Fact]
    public Task Prefix_an_output_fact() => Fix<PrefixOutputFactCodeFixProvider>("""
        [KognitosProcess("x", AgentId = "a", ProcessId = "p")]
        public partial class P
        {
            [KognitosOutput({|KOG0005:"total"|})] public int Total { get; private set; }
        }
        """, """
        [KognitosProcess("x", AgentId = "a", ProcessId = "p")]
        public partial class P
        {
            [KognitosOutput("the output total")] public int Total { get; private set; }
        }
        """);

    [Fact]
    public Task Prefix_fix_all_renames_every_unprefixed_output() => Fix<PrefixOutputFactCodeFixProvider>("""
        [KognitosProcess("x", AgentId = "a", ProcessId = "p")]
        public partial class P
        {
            [KognitosOutput({|KOG0005:"total"|})] public int Total { get; private set; }
            [KognitosOutput({|KOG0005:"vendor name"|})] public string? Vendor { get; private set; }
            [KognitosOutput("the output count")] public int Count { get; private set; }
        }
        """, """
        [KognitosProcess("x", AgentId = "a", ProcessId = "p")]
        public partial class P
        {
            [KognitosOutput("the output total")] public int Total { get; private set; }
            [KognitosOutput("the output vendor name")] public string? Vendor { get; private set; }
            [KognitosOutput("the output count")] public int Count { get; private set; }
        }
        """);

    [Fact]
    public Task Add_a_missing_agent_id_for_the_user_to_fill_in()
    {
        var test = new CodeFixTest<KognitosProcessAnalyzer, AddMissingIdCodeFixProvider>("""
            using KognitosGen;
            [{|KOG0001:KognitosProcess("x", ProcessId = "p")|}]
            public partial class P { }
            """, """
            using KognitosGen;
            [KognitosProcess("x", ProcessId = "p", AgentId = {|KOG0022:""|})]
            public partial class P { }
            """);
        // The placeholder is an error of its own (KOG0022) until the user fills it in; KOG0001 is gone.
        test.FixedState.MarkupHandling = Microsoft.CodeAnalysis.Testing.MarkupMode.Allow;
        return test.RunAsync();
    }

    [Fact]
    public Task Add_both_ids_to_a_bare_attribute()
    {
        var test = new CodeFixTest<KognitosProcessAnalyzer, AddMissingIdCodeFixProvider>("""
            using KognitosGen;
            [{|KOG0001:{|KOG0002:KognitosProcess("x")|}|}]
            public partial class P { }
            """, """
            using KognitosGen;
            [KognitosProcess("x", AgentId = {|KOG0022:""|}, ProcessId = {|KOG0022:""|})]
            public partial class P { }
            """);
        test.FixedState.MarkupHandling = Microsoft.CodeAnalysis.Testing.MarkupMode.Allow;
        test.NumberOfIncrementalIterations = 2;
        test.NumberOfFixAllIterations = 2;
        test.CodeActionValidationMode = Microsoft.CodeAnalysis.Testing.CodeActionValidationMode.None;
        return test.RunAsync();
    }

    [Fact]
    public Task Add_missing_agent_ids_fix_all()
    {
        var test = new CodeFixTest<KognitosProcessAnalyzer, AddMissingIdCodeFixProvider>("""
            using KognitosGen;
            [{|KOG0001:KognitosProcess("x", ProcessId = "p")|}]
            public partial class First { }
            [{|KOG0001:KognitosProcess("y", ProcessId = "q")|}]
            public partial class Second { }
            """, """
            using KognitosGen;
            [KognitosProcess("x", ProcessId = "p", AgentId = {|KOG0022:""|})]
            public partial class First { }
            [KognitosProcess("y", ProcessId = "q", AgentId = {|KOG0022:""|})]
            public partial class Second { }
            """);
        // After the batch fix no KOG0001 is left for a second pass (as dotnet format makes) to fail on.
        test.FixedState.MarkupHandling = Microsoft.CodeAnalysis.Testing.MarkupMode.Allow;
        return test.RunAsync();
    }
}
