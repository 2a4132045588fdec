using Microsoft.CodeAnalysis;

namespace KognitosGen.SourceGenerators.Analyzers;

/// <summary>
/// Looks KognitosGen's own types up in the referenced KognitosGen assembly. A compilation-wide look-up by metadata
/// name searches the source and every reference, and the first one in a compilation is the expensive one: it builds
/// the merged namespaces of the whole compilation, a cost the analyzers' report then charges to KognitosGen. Without
/// that reference (the runtime compiled from source, as some tests do) the compilation-wide look-up is used.
/// </summary>
internal readonly struct RuntimeTypes
{
    private const string RuntimeAssemblyName = "KognitosGen";

    private readonly Compilation _compilation;
    private readonly IAssemblySymbol? _runtime;

    private RuntimeTypes(Compilation compilation, IAssemblySymbol? runtime)
    {
        _compilation = compilation;
        _runtime = runtime;
    }

    public static RuntimeTypes Of(Compilation compilation)
    {
        foreach (var assembly in compilation.SourceModule.ReferencedAssemblySymbols)
        {
            if (assembly.Name == RuntimeAssemblyName)
                return new RuntimeTypes(compilation, assembly);
        }

        return new RuntimeTypes(compilation, null);
    }

    public INamedTypeSymbol? Get(string metadataName) =>
        _runtime is not null ? _runtime.GetTypeByMetadataName(metadataName) : _compilation.GetTypeByMetadataName(metadataName);
}
