using KognitosGen.SourceGenerators.Analyzers;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;

namespace KognitosGen.Analyzers.Tests;

/// <summary>
/// The analyzers look KognitosGen's types up in the referenced KognitosGen assembly; a compilation that has the
/// attributes in its own source instead (no reference) is checked all the same, and the assembly-level defaults are
/// still read when a process leaves a value out.
/// </summary>
public sealed class RuntimeFromSourceTests
{
    private const string Attributes = """
        namespace KognitosGen
        {
            [System.AttributeUsage(System.AttributeTargets.Class)]
            public sealed class KognitosProcessAttribute : System.Attribute
            {
                public KognitosProcessAttribute(string processName) { }
                public string? AgentId { get; set; }
                public string? ProcessId { get; set; }
                public int Stage { get; set; }
            }

            [System.AttributeUsage(System.AttributeTargets.Assembly)]
            public sealed class KognitosDefaultsAttribute : System.Attribute
            {
                public string? AgentId { get; set; }
            }

            public sealed class KognitosClientOptions
            {
                public string? ApiKey { get; set; }
            }
        }
        """;

    [Fact]
    public Task A_missing_agent_id_is_reported_without_a_reference_to_the_runtime() => Verify<KognitosProcessAnalyzer>("""
        using KognitosGen;
        [{|KOG0001:KognitosProcess("to process the invoices", ProcessId = "b4fznghynbdemslfd5k044fgd")|}]
        public partial class P { }
        """);

    [Fact]
    public Task The_assembly_default_still_answers_for_a_missing_agent_id_without_a_reference() => Verify<KognitosProcessAnalyzer>("""
        using KognitosGen;
        [assembly: KognitosDefaults(AgentId = "a7xm2kp9qwj3v5nh8t4c6r1e9z")]
        [KognitosProcess("to process the invoices", ProcessId = "b4fznghynbdemslfd5k044fgd")]
        public partial class P { }
        """);

    [Fact]
    public Task A_literal_api_key_is_reported_without_a_reference_to_the_runtime() => Verify<LiteralApiKeyAnalyzer>("""
        public static class Setup
        {
            public static KognitosGen.KognitosClientOptions Options() => new() { ApiKey = {|KOG0010:"k-123"|} };
        }
        """);

    // The attributes in source beside the code, and no reference to the KognitosGen assembly.
    private static Task Verify<TAnalyzer>(string source)
        where TAnalyzer : Microsoft.CodeAnalysis.Diagnostics.DiagnosticAnalyzer, new()
    {
        var test = new CSharpAnalyzerTest<TAnalyzer, DefaultVerifier> { ReferenceAssemblies = ReferenceAssemblies.Net.Net80 };
        test.TestState.Sources.Add(Attributes);
        test.TestState.Sources.Add(source);
        return test.RunAsync();
    }
}
