using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using KognitosGen.SourceGenerators.Diagnostics;
using KognitosGen.SourceGenerators.Helpers;
using KognitosGen.SourceGenerators.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace KognitosGen.SourceGenerators.Analyzers;

/// <summary>
/// The checks of each fact attribute (empty name, outside a process, output without "the output"), made per type
/// declaration from syntax, as the generator reads facts: a property whose attributes cannot be ours is never
/// bound, and the attributes of the others are bound only when syntax cannot tell what they are.
/// </summary>
internal static class FactDeclarationChecks
{
    public static readonly SyntaxKind[] TypeDeclarationKinds =
    [
        SyntaxKind.ClassDeclaration, SyntaxKind.StructDeclaration, SyntaxKind.InterfaceDeclaration,
        SyntaxKind.RecordDeclaration, SyntaxKind.RecordStructDeclaration,
    ];

    /// <param name="context">The declaration of one type (a partial type has several).</param>
    /// <param name="symbols">Our attribute types.</param>
    /// <param name="bindAll">A global using alias somewhere may name our attributes: syntax cannot be trusted, bind every attributed property.</param>
    public static void Analyze(SyntaxNodeAnalysisContext context, KnownSymbols symbols, bool bindAll)
    {
        var declaration = (TypeDeclarationSyntax)context.Node;
        var scope = new Scope(context, declaration, symbols);
        if (declaration is RecordDeclarationSyntax { ParameterList: { } parameters })
        {
            foreach (var parameter in parameters.Parameters)
                CheckMember(ref scope, parameter, parameter.AttributeLists, onParameter: true, bindAll);
        }

        foreach (var member in declaration.Members)
        {
            if (member is BasePropertyDeclarationSyntax property)
                CheckMember(ref scope, property, property.AttributeLists, onParameter: false, bindAll);
        }
    }

    private static void CheckMember(ref Scope scope, SyntaxNode member, SyntaxList<AttributeListSyntax> lists, bool onParameter, bool bindAll)
    {
        if (lists.Count == 0 || (!bindAll && !FactPropertyFinder.MayHaveFactAttribute(lists, member)))
            return;
        var facts = scope.Facts;
        facts.Clear();
        if (bindAll || !scope.Reader.TryRead(lists, onParameter, facts))
            BoundFacts(ref scope, member, facts);

        foreach (var (attribute, fact, syntax) in facts)
        {
            if (syntax is null)
                continue;
            if (fact is not null && fact.Trim().Length == 0)
                scope.Report(DiagnosticDescriptors.EmptyFactName, PositionalArgument(syntax), PropertyName(ref scope, member));

            if (!scope.InProcess)
            {
                scope.Report(DiagnosticDescriptors.FactOutsideProcess, syntax.GetLocation(), PropertyName(ref scope, member), ShortName(attribute), scope.TypeName);
            }
            else if (attribute == KnownNames.OutputAttribute && fact is not null && fact.Trim().Length > 0
                && FactNames.OutputSpelling(fact) is { } spelling)
            {
                var properties = ImmutableDictionary<string, string?>.Empty.Add(DiagnosticProperties.Replacement, spelling);
                scope.Context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.OutputWithoutPrefix, PositionalArgument(syntax), properties, fact, spelling));
            }
        }
    }

    // What the compiler binds: only the attributes written on this declaration (a partial property has two).
    private static void BoundFacts(ref Scope scope, SyntaxNode member, List<(string Attribute, string Fact, AttributeSyntax? Syntax)> facts)
    {
        if (Property(ref scope, member) is not { } property)
            return;
        foreach (var attribute in property.GetAttributes())
        {
            if (scope.Symbols.FactAttributeName(attribute.AttributeClass) is null
                || attribute.ApplicationSyntaxReference is not { } reference
                || reference.SyntaxTree != member.SyntaxTree
                || !member.Span.Contains(reference.Span)
                || reference.GetSyntax(scope.Context.CancellationToken) is not AttributeSyntax syntax)
            {
                continue;
            }

            var fact = attribute.ConstructorArguments.Length == 1 ? attribute.ConstructorArguments[0].Value as string : null;
            facts.Add((ProcessParser.FactAttributeName(attribute.AttributeClass)!, fact!, syntax));
        }
    }

    private static IPropertySymbol? Property(ref Scope scope, SyntaxNode member) => member switch
    {
        ParameterSyntax parameter => scope.Type?.GetMembers(parameter.Identifier.ValueText).OfType<IPropertySymbol>().FirstOrDefault(),
        _ => scope.Context.SemanticModel.GetDeclaredSymbol(member, scope.Context.CancellationToken) as IPropertySymbol,
    };

    private static string PropertyName(ref Scope scope, SyntaxNode member) =>
        Property(ref scope, member)?.Name ?? (member as ParameterSyntax)?.Identifier.ValueText ?? "";

    private static string ShortName(string attribute) => attribute switch
    {
        KnownNames.InputAttribute => "KognitosInput",
        KnownNames.OutputAttribute => "KognitosOutput",
        _ => "KognitosFile",
    };

    private static Location PositionalArgument(AttributeSyntax syntax) =>
        syntax.ArgumentList?.Arguments.FirstOrDefault(a => a.NameEquals is null && a.NameColon is null)?.Expression.GetLocation() ?? syntax.GetLocation();

    /// <summary>What one type declaration's checks share, each part worked out when first needed.</summary>
    private struct Scope
    {
        private FactAttributeReader? _reader;
        private List<(string Attribute, string Fact, AttributeSyntax? Syntax)>? _facts;
        private INamedTypeSymbol? _type;
        private bool _typeRead;
        private bool? _inProcess;

        public Scope(SyntaxNodeAnalysisContext context, TypeDeclarationSyntax declaration, KnownSymbols symbols)
        {
            Context = context;
            Declaration = declaration;
            Symbols = symbols;
        }

        public SyntaxNodeAnalysisContext Context { get; }
        public TypeDeclarationSyntax Declaration { get; }
        public KnownSymbols Symbols { get; }

        public FactAttributeReader Reader => _reader ??= new FactAttributeReader(Context.SemanticModel);

        public List<(string Attribute, string Fact, AttributeSyntax? Syntax)> Facts => _facts ??= new();

        public INamedTypeSymbol? Type
        {
            get
            {
                if (!_typeRead)
                {
                    _type = Context.SemanticModel.GetDeclaredSymbol(Declaration, Context.CancellationToken);
                    _typeRead = true;
                }

                return _type;
            }
        }

        public string TypeName => Type?.Name ?? Declaration.Identifier.ValueText;

        public bool InProcess
        {
            get
            {
                if (_inProcess is null)
                {
                    var process = Symbols.Process;
                    _inProcess = Type?.GetAttributes().Any(a => SymbolEqualityComparer.Default.Equals(a.AttributeClass, process)) == true;
                }

                return _inProcess.Value;
            }
        }

        public readonly void Report(DiagnosticDescriptor descriptor, Location location, params object[] arguments) =>
            Context.ReportDiagnostic(Diagnostic.Create(descriptor, location, arguments));
    }
}
