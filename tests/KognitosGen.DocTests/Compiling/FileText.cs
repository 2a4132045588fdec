using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace KognitosGen.DocTests.Compiling;

/// <summary>A file handed to the analyzers as an additional file (the schema lock).</summary>
public sealed class FileText(string path) : AdditionalText
{
    public override string Path { get; } = path;

    public override SourceText GetText(CancellationToken cancellationToken = default) => SourceText.From(File.ReadAllText(Path));
}
