using KognitosGen.SourceGenerators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace KognitosGen.SourceGenerators.Tests.Diagnostics;

/// <summary>What the generator cannot generate, it reports at the user's code, and emits nothing broken.</summary>
public sealed class GeneratorDiagnosticsTests
{
    private static GeneratorRun Run(string body, string classDeclaration = "public partial class Target") => GeneratorHarness.Run($$"""
        using System.Collections.Generic;
        using KognitosGen;

        namespace Sample;

        [KognitosProcess("to be checked", AgentId = "agent", ProcessId = "process")]
        {{classDeclaration}}
        {
        {{body}}
        }
        """);

    private static Diagnostic Single(GeneratorRun run, string id)
    {
        run.AssertGeneratorDidNotThrow();
        var diagnostic = Assert.Single(run.Diagnostics);
        Assert.Equal(id, diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.True(diagnostic.Location.IsInSource, "the diagnostic points into the user's source");
        Assert.Empty(run.Sources);
        return diagnostic;
    }

    private static string Underlined(Diagnostic diagnostic) =>
        diagnostic.Location.SourceTree!.GetText().ToString(diagnostic.Location.SourceSpan);

    [Fact]
    public void A_class_that_is_not_partial_generates_nothing_and_leaves_KOG0004_to_the_analyzer()
    {
        var run = Run("", "public class Target");

        run.AssertGeneratorDidNotThrow();
        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.Sources);
    }

    [Fact]
    public void A_containing_type_that_is_not_partial_generates_nothing()
    {
        var run = GeneratorHarness.Run("""
            using KognitosGen;
            public class Holder
            {
                [KognitosProcess("to be nested", AgentId = "agent", ProcessId = "process")]
                public partial class Target { }
            }
            """);

        run.AssertGeneratorDidNotThrow();
        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.Sources);
    }

    [Fact]
    public void A_generic_class_is_KOG0012()
    {
        var diagnostic = Single(Run("", "public partial class Target<T>"), "KOG0012");

        Assert.Contains("generic", diagnostic.GetMessage());
    }

    [Fact]
    public void A_static_class_is_KOG0012()
    {
        Assert.Contains("static", Single(Run("", "public static partial class Target"), "KOG0012").GetMessage());
    }

    [Fact]
    public void A_class_nested_in_a_generic_type_is_KOG0012()
    {
        var run = GeneratorHarness.Run("""
            using KognitosGen;
            public partial class Holder<T>
            {
                [KognitosProcess("to be nested", AgentId = "agent", ProcessId = "process")]
                public partial class Target { }
            }
            """);

        Assert.Contains("generic type 'Holder'", Single(run, "KOG0012").GetMessage());
    }

    [Theory]
    [InlineData("[KognitosOutput(\"the output x\")] public object X { get; private set; }", "JsonElement")]
    [InlineData("[KognitosOutput(\"the output x\")] public System.Collections.Generic.Dictionary<int, string> X { get; private set; } = new();", "keys must be strings")]
    [InlineData("[KognitosOutput(\"the output x\")] public int[,] X { get; private set; } = new int[0, 0];", "one-dimensional")]
    [InlineData("[KognitosInput(\"x\")] public System.IO.Stream? X { get; set; }", "JsonContext")]
    [InlineData("[KognitosInput(\"x\")] public KognitosFile? X { get; set; }", "[KognitosFile]")]
    [InlineData("[KognitosFile(\"x\")] public string? X { get; set; }", "KognitosFile or a list")]
    [InlineData("[KognitosOutput(\"the output x\")] public List<System.IO.Stream> X { get; private set; } = new();", "element type 'Stream'")]
    public void An_unsupported_property_type_is_KOG0007(string property, string hint)
    {
        var diagnostic = Single(Run(property), "KOG0007");

        Assert.Equal("X", Underlined(diagnostic));
        Assert.Contains(hint, diagnostic.GetMessage());
    }

    [Theory]
    [InlineData("[KognitosOutput(\"the output x\")] public int X { get; }", "no setter")]
    [InlineData("[KognitosOutput(\"the output x\")] public int X { get; init; }", "init-only")]
    [InlineData("[KognitosOutput(\"the output x\")] public int X => 1;", "no setter")]
    [InlineData("[KognitosInput(\"x\")] public int X { set { } }", "no getter")]
    [InlineData("[KognitosInput(\"x\")] public static int X { get; set; }", "static")]
    public void A_property_the_generated_code_cannot_use_is_KOG0008(string property, string hint)
    {
        var diagnostic = Single(Run(property), "KOG0008");

        Assert.Contains(hint, diagnostic.GetMessage());
    }

    [Theory]
    [InlineData("[KognitosOutput(\"the output total\")] public int A { get; private set; } [KognitosOutput(\"Total\")] public int B { get; private set; }")]
    [InlineData("[KognitosOutput(\"the output total\")] public int A { get; private set; } [KognitosOutput(\"output_total\")] public int B { get; private set; }")]
    [InlineData("[KognitosInput(\"invoice number\")] public int A { get; set; } [KognitosInput(\"Invoice-Number\")] public int B { get; set; }")]
    public void Two_facts_with_one_normalised_name_are_KOG0006(string properties)
    {
        var diagnostic = Single(Run(properties), "KOG0006");

        Assert.Equal("B", Underlined(diagnostic));
        Assert.Contains("'A'", diagnostic.GetMessage());
    }

    [Fact]
    public void An_input_and_an_output_may_share_a_name()
    {
        var run = Run("""
            [KognitosInput("total")] public int In { get; set; }
            [KognitosOutput("the output total")] public int Out { get; private set; }
            """);

        run.AssertGeneratorDidNotThrow();
        Assert.Empty(run.Diagnostics);
        Assert.Single(run.Sources);
    }

    [Fact]
    public void A_json_context_that_is_not_a_serializer_context_is_KOG0012()
    {
        var run = GeneratorHarness.Run("""
            using KognitosGen;
            public sealed class NotAContext { }
            [KognitosProcess("to be checked", AgentId = "agent", ProcessId = "process", JsonContext = typeof(NotAContext))]
            public partial class Target { }
            """);

        Assert.Contains("NotAContext", Single(run, "KOG0012").GetMessage());
    }

    [Fact]
    public void Pragma_warning_disable_suppresses_a_generator_diagnostic()
    {
        var run = GeneratorHarness.Run("""
            using KognitosGen;
            #pragma warning disable KOG0007
            [KognitosProcess("to be checked", AgentId = "agent", ProcessId = "process")]
            public partial class Target
            {
                [KognitosOutput("the output x")] public object? X { get; private set; }
            }
            #pragma warning restore KOG0007
            """);

        var diagnostic = Assert.Single(run.Diagnostics);
        var effective = CompilationWithAnalyzersFilter.Apply(run.Input, diagnostic);
        Assert.True(effective.IsSuppressed, "the #pragma applies to the generator's diagnostic");
    }

    [Theory]
    [InlineData("[KognitosProcess]")]
    [InlineData("[KognitosProcess(42)]")]
    [InlineData("[KognitosProcess(\"x\", AgentId = 42)]")]
    [InlineData("[KognitosProcess(\"x\")] [KognitosProcess(\"y\")]")]
    public void Attribute_arguments_of_the_wrong_shape_leave_it_to_the_compiler(string attribute)
    {
        var run = GeneratorHarness.Run($$"""
            using KognitosGen;
            {{attribute}}
            public partial class Target
            {
                [KognitosOutput(7)] public int X { get; private set; }
            }
            """);

        run.AssertGeneratorDidNotThrow();
        Assert.DoesNotContain(run.Diagnostics, d => d.Id == "KOG9999");
    }
}
