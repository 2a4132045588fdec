using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace KognitosGen.ReliabilityTests.Fuzzing.Locks;

/// <summary>A lock held in memory as an additional file; one text instance, as the IDE hands an unchanged file.</summary>
public sealed class InMemoryLock(string path, string text) : AdditionalText
{
    private readonly SourceText _text = SourceText.From(text);

    public override string Path { get; } = path;

    public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
}
