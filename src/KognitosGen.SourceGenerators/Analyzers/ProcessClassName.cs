using Microsoft.CodeAnalysis;

namespace KognitosGen.SourceGenerators.Analyzers;

/// <summary>A process class as messages name it: the class the user must edit, which the process name alone does not tell.</summary>
internal static class ProcessClassName
{
    /// <summary>The class's name with the types it is nested in (<c>Outer.Inner</c>), without its namespace.</summary>
    public static string Of(INamedTypeSymbol type) => type.ToDisplayString(SymbolDisplayFormat.CSharpShortErrorMessageFormat);
}
