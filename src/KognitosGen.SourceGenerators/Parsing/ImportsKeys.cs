using System.Collections.Generic;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace KognitosGen.SourceGenerators.Parsing;

/// <summary>The import-scope key of each type declaration one class's parse reads, looked up once however often it is asked for.</summary>
internal sealed class ImportsKeys
{
    private readonly ImportScopeNames _shared;
    // Nearly always one declaration (the class's own); a dictionary only for a second.
    private TypeDeclarationSyntax? _first;
    private string? _firstKey;
    private Dictionary<TypeDeclarationSyntax, string>? _others;

    public ImportsKeys(ImportScopeNames shared) => _shared = shared;

    /// <summary>What the compilation's classes share.</summary>
    public ImportScopeNames Shared => _shared;

    public string For(TypeDeclarationSyntax declaration)
    {
        if (_first is null)
        {
            _first = declaration;
            return _firstKey = _shared.ImportsKey(declaration);
        }

        if (_first == declaration)
            return _firstKey!;
        _others ??= new Dictionary<TypeDeclarationSyntax, string>();
        if (!_others.TryGetValue(declaration, out var key))
        {
            key = _shared.ImportsKey(declaration);
            _others.Add(declaration, key);
        }

        return key;
    }
}
