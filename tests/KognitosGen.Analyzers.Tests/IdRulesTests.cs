using KognitosGen.SourceGenerators.Analyzers;
using Microsoft.CodeAnalysis;

namespace KognitosGen.Analyzers.Tests;

/// <summary>KOG0001, KOG0002, KOG0003: IDs present from some source, and in the documented form.</summary>
public sealed class IdRulesTests
{
    private static Task Verify(string source, string? globalConfig = null) =>
        new AnalyzerTest<KognitosProcessAnalyzer>("using KognitosGen;\n" + source, globalConfig).RunAsync();

    [Fact]
    public Task KOG0001_fires_when_no_source_gives_an_agent_id() => Verify("""
        [{|KOG0001:KognitosProcess("to process the invoices", ProcessId = "b4fznghynbdemslfd5k044fgd")|}]
        public partial class P { }
        """);

    [Fact]
    public Task KOG0001_and_KOG0002_name_the_process_and_the_class_to_edit() =>
        new AnalyzerTest<KognitosProcessAnalyzer>("""
            using KognitosGen;

            namespace Billing;

            public partial class Invoices
            {
                [{|#0:KognitosProcess("to process the invoices")|}]
                public partial class ProcessInvoice { }
            }
            """)
        {
            ExpectedDiagnostics =
            {
                new Microsoft.CodeAnalysis.Testing.DiagnosticResult("KOG0001", DiagnosticSeverity.Error).WithLocation(0).WithMessage(
                    "The process 'to process the invoices' of class 'Invoices.ProcessInvoice' has no agent ID: set AgentId on the class's [KognitosProcess], "
                    + "add [assembly: KognitosDefaults(AgentId = ...)], or set the KognitosAgentId MSBuild property"),
                new Microsoft.CodeAnalysis.Testing.DiagnosticResult("KOG0002", DiagnosticSeverity.Error).WithLocation(0).WithMessage(
                    "The process 'to process the invoices' of class 'Invoices.ProcessInvoice' has no process ID: set ProcessId on the class's [KognitosProcess]"),
            },
        }.RunAsync();

    [Fact]
    public Task KOG0022_fires_on_a_blank_agent_id_with_nothing_to_fall_back_on() => Verify("""
        [KognitosProcess("x", AgentId = {|KOG0022:" "|}, ProcessId = "p")]
        public partial class P { }
        """);

    [Fact]
    public Task KOG0022_fires_on_a_blank_process_id_and_names_the_process() =>
        new AnalyzerTest<KognitosProcessAnalyzer>("""
            using KognitosGen;
            [KognitosProcess("to process the invoices", AgentId = "a", ProcessId = {|#0:""|})]
            public partial class P { }
            """)
        {
            ExpectedDiagnostics =
            {
                new Microsoft.CodeAnalysis.Testing.DiagnosticResult("KOG0022", DiagnosticSeverity.Error).WithLocation(0).WithArguments("process ID", "to process the invoices", "P"),
            },
        }.RunAsync();

    [Fact]
    public Task A_blank_agent_id_falls_back_to_the_assembly_default_as_the_generator_does() => Verify("""
        [assembly: KognitosDefaults(AgentId = "a7xm2kp9qwj3v5nh8t4c6r1e9z")]
        [KognitosProcess("x", AgentId = "", ProcessId = "p")]
        public partial class P { }
        """);

    [Fact]
    public Task KOG0001_is_silent_with_the_agent_on_the_attribute() => Verify("""
        [KognitosProcess("x", AgentId = "a7xm2kp9qwj3v5nh8t4c6r1e9z", ProcessId = "p")]
        public partial class P { }
        """);

    [Fact]
    public Task KOG0001_is_silent_with_an_assembly_default() => Verify("""
        [assembly: KognitosDefaults(AgentId = "a7xm2kp9qwj3v5nh8t4c6r1e9z")]
        [KognitosProcess("x", ProcessId = "p")]
        public partial class P { }
        """);

    [Fact]
    public Task KOG0001_is_silent_with_the_KognitosAgentId_msbuild_property() => Verify("""
        [KognitosProcess("x", ProcessId = "p")]
        public partial class P { }
        """, "build_property.KognitosAgentId = a7xm2kp9qwj3v5nh8t4c6r1e9z");

    [Fact]
    public Task KOG0001_fires_when_the_msbuild_property_is_empty() => Verify("""
        [{|KOG0001:KognitosProcess("x", ProcessId = "p")|}]
        public partial class P { }
        """, "build_property.KognitosAgentId = ");

    [Fact]
    public Task KOG0002_fires_without_a_process_id_and_both_can_fire_together() => Verify("""
        [{|KOG0001:{|KOG0002:KognitosProcess("x")|}|}]
        public partial class P { }
        """);

    [Fact]
    public Task KOG0002_is_silent_with_a_process_id() => Verify("""
        [KognitosProcess("x", AgentId = "a", ProcessId = "b4fznghynbdemslfd5k044fgd")]
        public partial class P { }
        """);

    [Theory]
    [InlineData("has space")]
    [InlineData("a7xm2kp9qwj3v5nh8t4c6r1e9zX")]
    [InlineData("café")]
    [InlineData("a/b")]
    public Task KOG0003_fires_on_a_malformed_agent_id(string id) => Verify($$"""
        [KognitosProcess("x", AgentId = {|KOG0003:"{{id}}"|}, ProcessId = "p")]
        public partial class P { }
        """);

    [Theory]
    [InlineData("a7xm2kp9qwj3v5nh8t4c6r1e9z")]
    [InlineData("A-b_9")]
    [InlineData("x")]
    public Task KOG0003_is_silent_on_ids_of_the_documented_form(string id) => Verify($$"""
        [KognitosProcess("x", AgentId = "{{id}}", ProcessId = "{{id}}")]
        public partial class P { }
        """);

    [Fact]
    public Task KOG0003_fires_on_a_malformed_process_id() => Verify("""
        [KognitosProcess("x", AgentId = "a", ProcessId = {|KOG0003:"b4fzn1ghy2nbd3ems6lfd5k044fgd"|})]
        public partial class P { }
        """);

    [Fact]
    public Task KOG0003_fires_at_the_process_when_the_msbuild_agent_id_is_malformed() => Verify("""
        [{|KOG0003:KognitosProcess("x", ProcessId = "p")|}]
        public partial class P { }
        """, "build_property.KognitosAgentId = not valid!");

    [Fact]
    public Task Nothing_fires_outside_a_project_that_references_KognitosGen()
    {
        var test = new AnalyzerTest<KognitosProcessAnalyzer>("public partial class P { }");
        test.TestState.AdditionalReferences.Clear();
        return test.RunAsync();
    }
}
