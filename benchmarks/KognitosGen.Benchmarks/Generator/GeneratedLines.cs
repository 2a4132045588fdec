using KognitosGen.SourceGenerators;

namespace KognitosGen.Benchmarks.Generator;

/// <summary>The length of what the generator writes for one process of the benchmark's shape (6 inputs, 6 outputs).</summary>
public static class GeneratedLines
{
    public static (string HintName, int Lines, int Characters) ForOneProcess()
    {
        var source = Generate();
        var text = source.GetText();
        return (Path.GetFileName(source.FilePath), text.Lines.Count, text.Length);
    }

    public static string TextForOneProcess() => Generate().GetText().ToString();

    private static Microsoft.CodeAnalysis.SyntaxTree Generate()
    {
        var compilation = SyntheticCompilation.Create(SyntheticProject.ProcessFiles(1).Where(file => !file.Path.StartsWith("Domain/", StringComparison.Ordinal)));
        var result = SyntheticCompilation.Driver(new KognitosProcessGenerator()).RunGenerators(compilation).GetRunResult();
        return result.GeneratedTrees.Single();
    }
}
