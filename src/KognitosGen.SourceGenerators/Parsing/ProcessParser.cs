using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using KognitosGen.SourceGenerators.Diagnostics;
using KognitosGen.SourceGenerators.Helpers;
using KognitosGen.SourceGenerators.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace KognitosGen.SourceGenerators.Parsing;

/// <summary>
/// Turns one <c>[KognitosProcess]</c> class into a <see cref="ProcessSpec"/> and the diagnostics that stop its
/// generation. Reads only the class's own symbol and syntax, so an edit elsewhere does not re-run it.
/// </summary>
internal static class ProcessParser
{
    public static ParseResult Parse(GeneratorAttributeSyntaxContext context, CancellationToken cancellationToken)
    {
        try
        {
            return ParseCore(context, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            throw;
        }
        catch (Exception exception)
        {
            // Never fail the user's build: an unexpected state becomes a diagnostic.
            var name = context.TargetSymbol?.Name ?? "(unknown)";
            var info = new DiagnosticInfo(DiagnosticIds.InternalError, LocationInfo.From(context.TargetNode.GetLocation()),
                new EquatableArray<string>(new[] { name, exception.GetType().Name + ": " + exception.Message }));
            return new ParseResult(null, new EquatableArray<DiagnosticInfo>(new[] { info }));
        }
    }

    private static ParseResult ParseCore(GeneratorAttributeSyntaxContext context, CancellationToken cancellationToken)
    {
        if (context.TargetSymbol is not INamedTypeSymbol type || context.TargetNode is not TypeDeclarationSyntax syntax)
            return new ParseResult(null, EquatableArray<DiagnosticInfo>.Empty);

        var attribute = context.Attributes.FirstOrDefault();
        // A missing or mistyped name is already a compiler error; say nothing more.
        if (attribute is null || attribute.ConstructorArguments.Length != 1 || attribute.ConstructorArguments[0].Value is not string processName)
            return new ParseResult(null, EquatableArray<DiagnosticInfo>.Empty);

        // Binding a reference to a type declared in source checks whether its module and assembly are
        // [Experimental]. Until their attributes have been bound, Roslyn answers that by collecting the attribute
        // lists of every file, once per type reference: quadratic in a large project. Binding them here first (once
        // per compilation; the compiler binds them anyway) makes every later check a cached look-up.
        var compilation = context.SemanticModel.Compilation;
        _ = compilation.Assembly.GetAttributes();
        _ = compilation.SourceModule.GetAttributes();

        var diagnostics = new List<DiagnosticInfo>();
        // Kept as Roslyn locations (cheap) and turned into line spans (not cheap) only for a diagnostic.
        var typeLocation = syntax.Identifier.GetLocation();
        var blocked = CheckDeclaration(type, syntax, typeLocation, diagnostics);

        string? agentId = null, processId = null, jsonContext = null;
        int? stage = null;
        foreach (var argument in attribute.NamedArguments)
        {
            switch (argument.Key)
            {
                case "AgentId" when argument.Value.Value is string value && !string.IsNullOrWhiteSpace(value):
                    agentId = value;
                    break;
                case "ProcessId" when argument.Value.Value is string value && !string.IsNullOrWhiteSpace(value):
                    processId = value;
                    break;
                case "Stage" when argument.Value.Value is int value:
                    stage = value;
                    break;
                case "JsonContext" when argument.Value.Value is INamedTypeSymbol contextType:
                    if (DerivesFrom(contextType, KnownNames.JsonSerializerContext))
                    {
                        jsonContext = contextType.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat);
                    }
                    else
                    {
                        Report(diagnostics, DiagnosticIds.UnsupportedDeclaration, typeLocation, type.Name,
                            $"its JsonContext '{contextType.Name}' is not a System.Text.Json JsonSerializerContext");
                        blocked = true;
                    }

                    break;
            }
        }

        var importsKeys = new ImportsKeys(ImportScopeNames.For(compilation));
        var members = ReadMembers(
            type, new FactAttributeReader(context.SemanticModel, importsKeys), new PropertyTypeReader(context.SemanticModel, importsKeys),
            ClassifiedTypes.For(compilation), jsonContext is not null, diagnostics, cancellationToken);
        blocked |= members.Blocked;
        if (blocked)
            return new ParseResult(null, new EquatableArray<DiagnosticInfo>(diagnostics));

        var ns = type.ContainingNamespace is { IsGlobalNamespace: false } containing ? containing.ToDisplayString() : "";
        var spec = new ProcessSpec(
            Namespace: ns,
            ContainingTypes: new EquatableArray<ContainingTypeSpec>(ContainingTypes(type)),
            Keyword: type.IsRecord ? "record" : "class",
            TypeName: type.Name,
            FullyQualifiedName: type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat),
            HintName: HintName(type, ns),
            ProcessName: processName,
            AgentId: agentId,
            ProcessId: processId,
            Stage: stage,
            JsonContext: jsonContext,
            Inputs: new EquatableArray<InputSpec>(members.Inputs),
            Outputs: new EquatableArray<OutputSpec>(members.Outputs),
            Files: new EquatableArray<FileSpec>(members.Files),
            ReservedMemberNames: ReservedNames(type),
            Language: LanguageNeeds.For(type, syntax.SyntaxTree, cancellationToken));
        return new ParseResult(spec, new EquatableArray<DiagnosticInfo>(diagnostics));
    }

    /// <summary>Checks what would make generated code fail to compile; true when generation must stop.</summary>
    private static bool CheckDeclaration(INamedTypeSymbol type, TypeDeclarationSyntax syntax, Location? location, List<DiagnosticInfo> diagnostics)
    {
        if (type.TypeParameters.Length > 0)
        {
            Report(diagnostics, DiagnosticIds.UnsupportedDeclaration, location, type.Name, "generic classes are not supported; derive a non-generic class for each process");
            return true;
        }

        if (type.IsStatic)
        {
            Report(diagnostics, DiagnosticIds.UnsupportedDeclaration, location, type.Name, "a static class has no instances to run");
            return true;
        }

        for (var container = type.ContainingType; container is not null; container = container.ContainingType)
        {
            if (container.TypeParameters.Length > 0)
            {
                Report(diagnostics, DiagnosticIds.UnsupportedDeclaration, location, type.Name, $"it is nested in the generic type '{container.Name}'");
                return true;
            }
        }

        for (SyntaxNode? node = syntax; node is not null; node = node.Parent)
        {
            // The analyzer reports KOG0004 (with its code fix); here it only stops generation.
            if (node is TypeDeclarationSyntax declaration && !declaration.Modifiers.Any(SyntaxKind.PartialKeyword))
                return true;
        }

        return false;
    }

    private sealed class Members
    {
        // Sized for the candidate properties: a class has a handful, and growing five lists per class showed in traces.
        public Members(int candidates)
        {
            Inputs = new List<InputSpec>(candidates);
            Outputs = new List<OutputSpec>(candidates);
            Files = new List<FileSpec>(0);
            Seen = new List<(string Role, string Key, string Fact, string Property)>(candidates);
        }

        public List<InputSpec> Inputs { get; }
        public List<OutputSpec> Outputs { get; }
        public List<FileSpec> Files { get; }

        /// <summary>Each fact kept so far, by role and key, to find a second property with the same fact.</summary>
        public List<(string Role, string Key, string Fact, string Property)> Seen { get; }

        public bool Blocked { get; set; }
    }

    private static Members ReadMembers(
        INamedTypeSymbol type, FactAttributeReader reader, PropertyTypeReader types, ClassifiedTypes classified, bool hasJsonContext,
        List<DiagnosticInfo> diagnostics, CancellationToken cancellationToken)
    {
        var candidates = FactPropertyFinder.Find(type, cancellationToken);
        var members = new Members(candidates.Count);
        foreach (var property in candidates)
        {
            cancellationToken.ThrowIfCancellationRequested();

            // A list is walked as a list: through IEnumerable its enumerator would be boxed for every property.
            var read = reader.TryRead(property, cancellationToken);
            var facts = read is null ? BoundFacts(property).ToList() : read;
            // Bound once for the property, and only once one of its facts needs it.
            ITypeSymbol? propertyType = null;
            for (var f = 0; f < facts.Count; f++)
            {
                var (attributeName, fact) = facts[f];
                var problem = AccessProblem(property, attributeName);
                if (problem is not null)
                {
                    Report(diagnostics, DiagnosticIds.InaccessibleProperty, LocationOf(property), property.Name, problem);
                    members.Blocked = true;
                    continue;
                }

                propertyType ??= types.TypeOf(property, cancellationToken);

                switch (attributeName)
                {
                    case KnownNames.FileAttribute:
                        if (!TypeClassifier.IsKognitosFile(propertyType) && !TypeClassifier.IsFileCollection(propertyType))
                        {
                            Report(diagnostics, DiagnosticIds.UnsupportedType, LocationOf(property), property.Name, Short(propertyType), "upload",
                                "a [KognitosFile] property must be a KognitosFile or a list or array of them");
                            members.Blocked = true;
                        }
                        else if (Unique(fact, fact, property, "file", diagnostics, members))
                        {
                            members.Files.Add(new FileSpec(property.Name, fact, TypeClassifier.IsFileCollection(propertyType)));
                        }

                        break;

                    case KnownNames.InputAttribute:
                        if (Classify(property, propertyType, classified, hasJsonContext, "write", diagnostics, members) is { } inputType
                            && Unique(FactNames.Normalize(fact), fact, property, "input", diagnostics, members))
                        {
                            members.Inputs.Add(new InputSpec(property.Name, fact, inputType));
                        }

                        break;

                    default:
                        if (Classify(property, propertyType, classified, hasJsonContext, "bind", diagnostics, members) is { } outputType
                            && Unique(FactNames.Normalize(fact), fact, property, "output", diagnostics, members))
                        {
                            members.Outputs.Add(new OutputSpec(property.Name, fact, outputType));
                        }

                        break;
                }
            }
        }

        return members;
    }

    private static TypeSpec? Classify(
        IPropertySymbol property, ITypeSymbol type, ClassifiedTypes classified, bool hasJsonContext, string verb, List<DiagnosticInfo> diagnostics,
        Members members)
    {
        var spec = classified.Classify(type, hasJsonContext, out var problem);
        if (spec is null)
        {
            members.Blocked = true;
            if (problem is not null)
                Report(diagnostics, DiagnosticIds.UnsupportedType, LocationOf(property), property.Name, Short(type), verb, problem);
        }

        return spec;
    }

    // Made only for a diagnostic: asking a symbol for its locations builds an array each time.
    private static Location? LocationOf(IPropertySymbol property) => property.Locations.FirstOrDefault();

    // A scan, not a dictionary per role: a class has a handful of facts.
    private static bool Unique(
        string key, string fact, IPropertySymbol property, string role, List<DiagnosticInfo> diagnostics, Members members)
    {
        foreach (var seen in members.Seen)
        {
            if (seen.Role == role && string.Equals(seen.Key, key, StringComparison.Ordinal))
            {
                Report(diagnostics, DiagnosticIds.DuplicateFactName, LocationOf(property), role, fact, property.Name, seen.Fact, seen.Property);
                members.Blocked = true;
                return false;
            }
        }

        members.Seen.Add((role, key, fact, property.Name));
        return true;
    }

    /// <summary>Why generated code, which lives inside the class, could not use the property; null when it can.</summary>
    private static string? AccessProblem(IPropertySymbol property, string attributeName)
    {
        if (property.IsStatic)
            return "is static; Kognitos facts are instance properties";
        if (property.IsIndexer)
            return "is an indexer; Kognitos facts are plain properties";
        var (get, set, initOnly) = DeclaredAccessors.Of(property);
        if (attributeName == KnownNames.OutputAttribute)
        {
            if (!set)
                return "has no setter, so its output cannot be bound: add 'private set'";
            if (initOnly)
                return "has an init-only setter, which only object initializers may call: use 'private set' for an output";
            return null;
        }

        return get ? null : "has no getter, so its value cannot be sent: add 'get'";
    }

    private static IEnumerable<ContainingTypeSpec> ContainingTypes(INamedTypeSymbol type)
    {
        var chain = new List<ContainingTypeSpec>();
        for (var container = type.ContainingType; container is not null; container = container.ContainingType)
            chain.Insert(0, new ContainingTypeSpec(Keyword(container), container.Name));
        return chain;
    }

    private static string Keyword(INamedTypeSymbol type) => type switch
    {
        { IsRecord: true, IsValueType: true } => "record struct",
        { IsRecord: true } => "record",
        { TypeKind: TypeKind.Struct } => "struct",
        { TypeKind: TypeKind.Interface } => "interface",
        _ => "class",
    };

    private static string HintName(INamedTypeSymbol type, string ns)
    {
        var name = type.Name;
        for (var container = type.ContainingType; container is not null; container = container.ContainingType)
            name = container.Name + "." + name;
        // The display string escapes keywords ('@event'), and '@' is not allowed in a hint name.
        return (ns.Length > 0 ? ns.Replace("@", "") + "." + name : name) + ".Kognitos.g.cs";
    }

    private static readonly string[] ReservableNames = { KnownNames.DescriptorMember, KnownNames.StartMember, KnownNames.RunMember };

    // MemberNames comes from the declarations: no member symbols are built for it. Nearly every class declares none.
    private static EquatableArray<string> ReservedNames(INamedTypeSymbol type)
    {
        List<string>? reserved = null;
        var declared = type.MemberNames;
        foreach (var name in ReservableNames)
        {
            if (declared.Contains(name))
                (reserved ??= new List<string>(ReservableNames.Length)).Add(name);
        }

        return reserved is null ? EquatableArray<string>.Empty : new EquatableArray<string>(reserved.ToArray());
    }

    private static bool DerivesFrom(INamedTypeSymbol type, string baseName)
    {
        for (var current = type.BaseType; current is not null; current = current.BaseType)
        {
            if (current.ToDisplayString() == baseName)
                return true;
        }

        return false;
    }

    private static string Short(ITypeSymbol type) => type.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat);

    private static void Report(List<DiagnosticInfo> diagnostics, string id, Location? location, params string[] arguments) =>
        diagnostics.Add(new DiagnosticInfo(id, LocationInfo.From(location), new EquatableArray<string>(arguments)));

    /// <summary>The fact attributes of <paramref name="property"/> as the compiler binds them: the way when syntax cannot tell.</summary>
    private static IEnumerable<(string Attribute, string Fact)> BoundFacts(IPropertySymbol property)
    {
        foreach (var attribute in property.GetAttributes())
        {
            if (FactAttributeName(attribute.AttributeClass) is { } name && attribute.ConstructorArguments.Length == 1 && attribute.ConstructorArguments[0].Value is string fact)
                yield return (name, fact);
        }
    }

    /// <summary>The metadata name of one of our fact attributes, or null; compared part by part, without formatting a name.</summary>
    public static string? FactAttributeName(INamedTypeSymbol? attribute)
    {
        if (attribute is not { ContainingType: null, ContainingNamespace: { Name: "KognitosGen", ContainingNamespace.IsGlobalNamespace: true } })
            return null;
        return attribute.Name switch
        {
            "KognitosInputAttribute" => KnownNames.InputAttribute,
            "KognitosOutputAttribute" => KnownNames.OutputAttribute,
            "KognitosFileAttribute" => KnownNames.FileAttribute,
            _ => null,
        };
    }
}
