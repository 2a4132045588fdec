using Microsoft.CodeAnalysis;
using KognitosGen.SourceGenerators.Parsing;

namespace KognitosGen.SourceGenerators.Analyzers;

/// <summary>The KognitosGen types an analyzer compares against, resolved once per compilation.</summary>
internal sealed class KnownSymbols
{
    private KnownSymbols(INamedTypeSymbol process, INamedTypeSymbol? input, INamedTypeSymbol? output, INamedTypeSymbol? file, INamedTypeSymbol? defaults)
    {
        Process = process;
        Input = input;
        Output = output;
        File = file;
        Defaults = defaults;
    }

    public INamedTypeSymbol Process { get; }
    public INamedTypeSymbol? Input { get; }
    public INamedTypeSymbol? Output { get; }
    public INamedTypeSymbol? File { get; }
    public INamedTypeSymbol? Defaults { get; }

    /// <summary>Null when the compilation does not reference KognitosGen: then there is nothing to check.</summary>
    public static KnownSymbols? Resolve(Compilation compilation)
    {
        var types = RuntimeTypes.Of(compilation);
        var process = types.Get(KnownNames.ProcessAttribute);
        return process is null
            ? null
            : new KnownSymbols(
                process,
                types.Get(KnownNames.InputAttribute),
                types.Get(KnownNames.OutputAttribute),
                types.Get(KnownNames.FileAttribute),
                types.Get(Options.AssemblyDefaults.AttributeName));
    }

    /// <summary>Which fact attribute this is, by its short name, or null for any other attribute.</summary>
    public string? FactAttributeName(INamedTypeSymbol? attribute) =>
        attribute is null ? null
        : SymbolEqualityComparer.Default.Equals(attribute, Input) ? "KognitosInput"
        : SymbolEqualityComparer.Default.Equals(attribute, Output) ? "KognitosOutput"
        : SymbolEqualityComparer.Default.Equals(attribute, File) ? "KognitosFile"
        : null;
}
