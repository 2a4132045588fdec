using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace KognitosGen.SourceGenerators.Parsing;

/// <summary>
/// What a fact attribute's name and a fact property's type mean, shared by every type of a compilation whose file
/// brings the same names into scope, so that each is bound once per distinct import scope instead of once per file or
/// property. A type shares an answer only when nothing at type level could change it (<see cref="TypeLevelDeclares"/>).
/// What is left (the enclosing namespaces and the using directives that apply where the type is written) is the key;
/// global usings are the same for every file of the compilation.
/// </summary>
internal sealed class ImportScopeNames
{
    private static readonly ConditionalWeakTable<Compilation, ImportScopeNames> ByCompilation = new();

    private readonly ConcurrentDictionary<(string Scope, string Name), string?> _resolved = new();
    private readonly ConcurrentDictionary<(string Scope, string Type, bool Annotations), ITypeSymbol> _types = new();

    public static ImportScopeNames For(Compilation compilation) => ByCompilation.GetValue(compilation, static _ => new ImportScopeNames());

    /// <summary>The compilation's keys spelled with source text: import scopes here, and types as written.</summary>
    public SourceTextKeys Keys { get; } = new();

    /// <summary>
    /// The key of what the file brings into scope where <paramref name="declaration"/> is written: its enclosing
    /// namespaces and their using directives.
    /// </summary>
    public string ImportsKey(TypeDeclarationSyntax declaration)
    {
        var key = Keys.Start();
        for (var node = declaration.Parent; node is not null; node = node.Parent)
        {
            switch (node)
            {
                case BaseNamespaceDeclarationSyntax ns:
                    key.Append("namespace ");
                    key.Append(ns.Name);
                    key.Append('\n');
                    AppendImports(ref key, ns.Externs, ns.Usings);
                    break;
                case CompilationUnitSyntax unit:
                    AppendImports(ref key, unit.Externs, unit.Usings);
                    break;
            }
        }

        return key.ToKey();
    }

    public bool TryGet(string scope, string name, out string? resolved) => _resolved.TryGetValue((scope, name), out resolved);

    public void Add(string scope, string name, string? resolved) => _resolved.TryAdd((scope, name), resolved);

    /// <summary>
    /// Whether a type named <paramref name="name"/> could be found at type level from inside <paramref name="type"/>:
    /// a type parameter, or a type nested in it, a type containing it, or one of their base classes (source or
    /// referenced). A simple name in a member's type or attribute that none of these has means what the import scope
    /// says.
    /// </summary>
    public static bool TypeLevelDeclares(INamedTypeSymbol type, string name)
    {
        for (var container = type; container is not null; container = container.ContainingType)
        {
            foreach (var parameter in container.TypeParameters)
            {
                if (parameter.Name == name)
                    return true;
            }

            for (var current = container; current is not null; current = current.BaseType)
            {
                if (!current.GetTypeMembers(name).IsEmpty)
                    return true;
            }
        }

        return false;
    }

    /// <summary>A type written as <paramref name="type"/> in the import scope <paramref name="scope"/>, as bound there before.</summary>
    public bool TryGetType(string scope, string type, bool annotations, out ITypeSymbol? bound) =>
        _types.TryGetValue((scope, type, annotations), out bound);

    public void AddType(string scope, string type, bool annotations, ITypeSymbol bound) => _types.TryAdd((scope, type, annotations), bound);

    private static void AppendImports(ref SourceTextKeys.Builder key, SyntaxList<ExternAliasDirectiveSyntax> externs, SyntaxList<UsingDirectiveSyntax> usings)
    {
        foreach (var directive in externs)
        {
            key.Append(directive);
            key.Append('\n');
        }

        foreach (var directive in usings)
        {
            key.Append(directive);
            key.Append('\n');
        }
    }
}
