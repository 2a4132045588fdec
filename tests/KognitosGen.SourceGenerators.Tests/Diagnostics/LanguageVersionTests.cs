using KognitosGen.SourceGenerators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace KognitosGen.SourceGenerators.Tests.Diagnostics;

/// <summary>Generated code is C# 9 with documentation; older language versions get a clear error instead.</summary>
public sealed class LanguageVersionTests
{
    private const string Process = """
        using KognitosGen;

        /// <summary>A documented process.</summary>
        [KognitosProcess("to be versioned", AgentId = "agent", ProcessId = "process")]
        public partial class Versioned
        {
            /// <summary>An input.</summary>
            [KognitosInput("amount")] public decimal Amount { get; set; }

            /// <summary>An output.</summary>
            [KognitosOutput("the output total")] public decimal Total { get; private set; }
        }
        """;

    [Theory]
    [InlineData(LanguageVersion.CSharp7_3)]
    [InlineData(LanguageVersion.CSharp8)]
    public void Older_than_CSharp_9_is_KOG0013_and_nothing_is_generated(LanguageVersion version)
    {
        var run = GeneratorHarness.Run([Process.Replace("#nullable", "")], parseOptions: new CSharpParseOptions(version));

        run.AssertGeneratorDidNotThrow();
        var diagnostic = Assert.Single(run.Diagnostics);
        Assert.Equal("KOG0013", diagnostic.Id);
        Assert.Contains(version.ToDisplayString(), diagnostic.GetMessage());
        Assert.Empty(run.Sources);
    }

    [Theory]
    [InlineData(LanguageVersion.CSharp9)]
    [InlineData(LanguageVersion.CSharp10)]
    [InlineData(LanguageVersion.CSharp12)]
    public void CSharp_9_and_later_compile_the_generated_code_with_documentation_checks_on(LanguageVersion version)
    {
        var options = new CSharpParseOptions(version, DocumentationMode.Diagnose);

        var run = GeneratorHarness.Run([Process], parseOptions: options);

        run.AssertGeneratorDidNotThrow();
        Assert.Empty(run.Diagnostics);
        Assert.Single(run.Sources);
        Assert.Empty(run.CompilationProblems);
    }

    // As `kognitos scaffold` writes a class: a file-scoped namespace, a required init input.
    private const string Scaffolded = """
        using KognitosGen;

        namespace Billing;

        [KognitosProcess("to process the invoices", AgentId = "agent", ProcessId = "process")]
        public sealed partial class ProcessInvoice
        {
            [KognitosInput("invoice number")] public required string InvoiceNumber { get; init; }
            [KognitosOutput("the output total")] public decimal Total { get; private set; }
        }
        """;

    [Theory]
    [InlineData(LanguageVersion.CSharp7_3)]
    [InlineData(LanguageVersion.CSharp9)]
    [InlineData(LanguageVersion.CSharp10)]
    public void KOG0013_names_CSharp_11_for_a_class_with_required_members_and_what_to_set(LanguageVersion version)
    {
        var run = GeneratorHarness.Run([Scaffolded], parseOptions: new CSharpParseOptions(version));

        run.AssertGeneratorDidNotThrow();
        var diagnostic = Assert.Single(run.Diagnostics, d => d.Id == "KOG0013");
        Assert.Equal(
            $"'ProcessInvoice' needs C# 11 (it declares required members), but this project compiles C# {version.ToDisplayString()}: "
            + "set <LangVersion>11</LangVersion> or later (or latest) in the project file",
            diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        // The generated code itself needs C# 9 only: from there on it is generated, and the compiler's own errors on
        // 'required' are the only others.
        Assert.Equal(version >= LanguageVersion.CSharp9 ? 1 : 0, run.Sources.Count);
    }

    [Fact]
    public void KOG0013_names_CSharp_10_for_a_file_scoped_namespace_at_CSharp_9()
    {
        var run = GeneratorHarness.Run([Scaffolded.Replace("required ", "")], parseOptions: new CSharpParseOptions(LanguageVersion.CSharp9));

        var diagnostic = Assert.Single(run.Diagnostics);
        Assert.Equal("KOG0013", diagnostic.Id);
        Assert.StartsWith("'ProcessInvoice' needs C# 10 (it is in a file-scoped namespace), but this project compiles C# 9.0", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void KOG0013_says_CSharp_9_for_the_generated_code_of_a_class_that_needs_no_more()
    {
        var run = GeneratorHarness.Run([Process], parseOptions: new CSharpParseOptions(LanguageVersion.CSharp8));

        var diagnostic = Assert.Single(run.Diagnostics);
        Assert.Equal(
            "'Versioned' needs C# 9 (the code KognitosGen generates for it is C# 9), but this project compiles C# 8.0: set <LangVersion>9</LangVersion> or later (or latest) in the project file",
            diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void CSharp_11_takes_the_scaffolded_class_without_KOG0013()
    {
        var run = GeneratorHarness.Run([Scaffolded], parseOptions: new CSharpParseOptions(LanguageVersion.CSharp11));

        run.AssertGeneratorDidNotThrow();
        Assert.Empty(run.Diagnostics);
        Assert.Single(run.Sources);
        Assert.Empty(run.CompilationProblems);
    }
}
