using KognitosGen.ReliabilityTests.Fuzzing.Checking;
using KognitosGen.ReliabilityTests.Fuzzing.Corpus;
using KognitosGen.SourceGenerators;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace KognitosGen.ReliabilityTests.Fuzzing;

/// <summary>The fuzzer starts from valid code: every corpus source generates code and compiles with it without an error.</summary>
[Trait("Category", "Reliability")]
public sealed class FuzzCorpusTests
{
    public static TheoryData<string> EntryNames() => [.. FuzzCorpus.Entries.Select(e => e.Name)];

    [Theory]
    [MemberData(nameof(EntryNames))]
    public void Corpus_source_compiles_cleanly_with_its_generated_code(string name)
    {
        var entry = FuzzCorpus.Entries.Single(e => e.Name == name);
        var compilation = FuzzCompilation.CreateEmpty(new CompilationFlavour(Release: false, Nullable: true)).AddSyntaxTrees(FuzzCompilation.Parse(entry.Source));
        var driver = CSharpGeneratorDriver.Create([new KognitosProcessGenerator().AsSourceGenerator()], parseOptions: FuzzCompilation.ParseOptions);

        driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out var generatorDiagnostics);

        Assert.Empty(generatorDiagnostics);
        var processes = compilation.SyntaxTrees.Single().GetRoot().DescendantNodes()
            .OfType<Microsoft.CodeAnalysis.CSharp.Syntax.AttributeSyntax>().Count(a => a.Name.ToString() == "KognitosProcess");
        Assert.Equal(processes, output.SyntaxTrees.Count() - 1);
        var errors = output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString()).ToList();
        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));
    }
}
