using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace KognitosGen.SourceGenerators.Model;

// Must stay immutable and structurally equatable: generator caching compares models by value.

/// <summary>Where a diagnostic points, without holding the syntax tree; turned back into a source location when reported.</summary>
internal sealed record LocationInfo(string FilePath, TextSpan Span, LinePositionSpan LineSpan)
{
    public static LocationInfo? From(Location? location) =>
        location is { IsInSource: true } && location.SourceTree is { } tree
            ? new LocationInfo(tree.FilePath, location.SourceSpan, location.GetLineSpan().Span)
            : null;
}
