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
}
