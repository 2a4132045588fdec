using System.Collections.Generic;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace KognitosGen.SourceGenerators.Parsing;

/// <summary>The import-scope key of each type declaration one class's parse reads, made once however often it is asked for.</summary>
internal sealed class ImportsKeys
{
    private readonly Dictionary<TypeDeclarationSyntax, string> _keys = new();

    public string For(TypeDeclarationSyntax declaration)
    {
        if (!_keys.TryGetValue(declaration, out var key))
        {
            key = ImportScopeNames.ImportsKey(declaration);
            _keys.Add(declaration, key);
        }

        return key;
    }
}
