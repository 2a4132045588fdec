using System;
using System.Collections.Immutable;
using System.Linq;
using KognitosGen.SourceGenerators.Diagnostics;
using KognitosGen.SourceGenerators.Helpers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace KognitosGen.SourceGenerators.Analyzers;

/// <summary>
/// Checks each <c>[KognitosProcess]</c> class and each fact property as the user types: IDs present and well
/// formed, partial declarations, process and fact names, output prefixes, Draft in Release builds.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class KognitosProcessAnalyzer : DiagnosticAnalyzer
{
    private const int MaxProcessNameLength = 100;

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        DiagnosticDescriptors.MissingAgentId,
        DiagnosticDescriptors.MissingProcessId,
        DiagnosticDescriptors.MalformedId,
        DiagnosticDescriptors.NotPartial,
        DiagnosticDescriptors.OutputWithoutPrefix,
        DiagnosticDescriptors.DraftInRelease,
        DiagnosticDescriptors.InvalidProcessName,
        DiagnosticDescriptors.FactOutsideProcess,
        DiagnosticDescriptors.EmptyFactName,
        DiagnosticDescriptors.EmptyId);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(static start =>
        {
            var symbols = KnownSymbols.Resolve(start.Compilation);
            if (symbols is null)
                return;
            var defaults = ProcessDefaultsSource.Read(start.Compilation, start.Options.AnalyzerConfigOptionsProvider);
            var release = start.Compilation.Options.OptimizationLevel == OptimizationLevel.Release;
            start.RegisterSymbolAction(symbol => AnalyzeType(symbol, symbols, defaults, release), SymbolKind.NamedType);
            start.RegisterSymbolAction(symbol => AnalyzeProperty(symbol, symbols), SymbolKind.Property);
        });
    }

    private static void AnalyzeType(SymbolAnalysisContext context, KnownSymbols symbols, ProcessDefaultsSource defaults, bool release)
    {
        var type = (INamedTypeSymbol)context.Symbol;
        // Most types carry no attribute at all: those are passed over without binding anything.
        if (!AttributedTypes.MayBeProcess(type, context.CancellationToken))
            return;
        var attribute = type.GetAttributes().FirstOrDefault(a => SymbolEqualityComparer.Default.Equals(a.AttributeClass, symbols.Process));
        if (attribute?.ApplicationSyntaxReference?.GetSyntax(context.CancellationToken) is not AttributeSyntax syntax)
            return;
        var processName = attribute.ConstructorArguments.Length == 1 ? attribute.ConstructorArguments[0].Value as string : null;
        if (processName is null)
            return; // a missing or mistyped argument is already a compiler error
        var label = processName.Length > 0 ? processName : type.Name;
        var className = ProcessClassName.Of(type);

        if (processName.Trim().Length == 0 || processName.Length > MaxProcessNameLength)
        {
            var what = processName.Trim().Length == 0 ? "empty" : $"{processName.Length} characters long";
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.InvalidProcessName, PositionalArgument(syntax), type.Name, what));
        }

        CheckId(context, syntax, attribute, "AgentId", "agent ID", defaults, DiagnosticDescriptors.MissingAgentId, label, className);
        CheckId(context, syntax, attribute, "ProcessId", "process ID", null, DiagnosticDescriptors.MissingProcessId, label, className);

        // The defaults are read only when they decide something (see ProcessDefaultsSource).
        if (release && (Named(attribute, "Stage") is { Value: int explicitStage } ? explicitStage : defaults.Stage ?? 0) == 1)
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.DraftInRelease, syntax.GetLocation(), label, className));

        CheckPartial(context, type, label);
    }

    private static void CheckId(
        SymbolAnalysisContext context, AttributeSyntax syntax, AttributeData attribute, string argument, string what,
        ProcessDefaultsSource? defaults, DiagnosticDescriptor missing, string label, string className)
    {
        var named = Named(attribute, argument);
        if (named is { Value: string given } && given.Trim().Length > 0)
        {
            if (!KognitosIdForm.IsValid(given))
                context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.MalformedId, NamedArgument(syntax, argument) ?? syntax.GetLocation(), what, given));
            return;
        }

        var fallback = defaults?.AgentId;
        // Written but blank, with nothing to fall back on: the placeholder the code fix leaves, for the user to fill in.
        // A rule of its own, so that the missing-ID rule is gone once its fix has run (a batch fix then has nothing left).
        if (fallback is null && named is { Value: string })
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.EmptyId, NamedArgument(syntax, argument) ?? syntax.GetLocation(), what, label, className));
        else if (fallback is null)
            context.ReportDiagnostic(Diagnostic.Create(missing, syntax.GetLocation(), label, className));
        else if (!KognitosIdForm.IsValid(fallback))
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.MalformedId, syntax.GetLocation(), defaults!.AgentIdOrigin, fallback));
    }

    private static void CheckPartial(SymbolAnalysisContext context, INamedTypeSymbol type, string label)
    {
        for (var current = type; current is not null; current = current.ContainingType)
        {
            foreach (var reference in current.DeclaringSyntaxReferences)
            {
                if (reference.GetSyntax(context.CancellationToken) is TypeDeclarationSyntax declaration
                    && !declaration.Modifiers.Any(SyntaxKind.PartialKeyword))
                {
                    context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.NotPartial, declaration.Identifier.GetLocation(), current.Name, label));
                    return;
                }
            }
        }
    }

    // One pass over a property's attributes for every fact rule: an empty name, a fact outside a process, an output
    // that does not read as "the output ..." (KOG0005, in the binder's normalisation).
    private static void AnalyzeProperty(SymbolAnalysisContext context, KnownSymbols symbols)
    {
        var property = (IPropertySymbol)context.Symbol;
        if (!AttributedTypes.HasAttributeSyntax(property, context.CancellationToken))
            return;
        bool? inProcess = null;
        foreach (var attribute in property.GetAttributes())
        {
            var name = symbols.FactAttributeName(attribute.AttributeClass);
            if (name is null || attribute.ApplicationSyntaxReference?.GetSyntax(context.CancellationToken) is not AttributeSyntax syntax)
                continue;

            var fact = attribute.ConstructorArguments.Length == 1 ? attribute.ConstructorArguments[0].Value as string : null;
            if (fact is not null && fact.Trim().Length == 0)
                context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.EmptyFactName, PositionalArgument(syntax), property.Name));

            inProcess ??= property.ContainingType.GetAttributes().Any(a => SymbolEqualityComparer.Default.Equals(a.AttributeClass, symbols.Process));
            if (inProcess == false)
            {
                context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.FactOutsideProcess, syntax.GetLocation(), property.Name, name, property.ContainingType.Name));
            }
            else if (name == "KognitosOutput" && fact is not null && fact.Trim().Length > 0 && FactNames.OutputSpelling(fact) is { } spelling)
            {
                var properties = ImmutableDictionary<string, string?>.Empty.Add(DiagnosticProperties.Replacement, spelling);
                context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.OutputWithoutPrefix, PositionalArgument(syntax), properties, fact, spelling));
            }
        }
    }

    private static TypedConstant? Named(AttributeData attribute, string name)
    {
        foreach (var argument in attribute.NamedArguments)
        {
            if (argument.Key == name)
                return argument.Value;
        }

        return null;
    }

    private static Location? NamedArgument(AttributeSyntax syntax, string name) =>
        syntax.ArgumentList?.Arguments.FirstOrDefault(a => a.NameEquals?.Name.Identifier.ValueText == name)?.Expression.GetLocation();

    private static Location PositionalArgument(AttributeSyntax syntax) =>
        syntax.ArgumentList?.Arguments.FirstOrDefault(a => a.NameEquals is null && a.NameColon is null)?.Expression.GetLocation() ?? syntax.GetLocation();
}
