using System.Collections.Immutable;
using KognitosGen.SourceGenerators.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace KognitosGen.SourceGenerators.Analyzers;

/// <summary>Flags a Kognitos API key assigned from a string literal (or constant), which leaks it into source control.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class LiteralApiKeyAnalyzer : DiagnosticAnalyzer
{
    private const string OptionsType = "KognitosGen.KognitosClientOptions";

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(DiagnosticDescriptors.LiteralApiKey);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(static start =>
        {
            var options = RuntimeTypes.Of(start.Compilation).Get(OptionsType);
            if (options is null)
                return;
            start.RegisterOperationAction(operation => Analyze(operation, options), OperationKind.SimpleAssignment);
        });
    }

    private static void Analyze(OperationAnalysisContext context, INamedTypeSymbol options)
    {
        var assignment = (ISimpleAssignmentOperation)context.Operation;
        if (assignment.Target is IPropertyReferenceOperation { Property: { Name: "ApiKey" } property }
            && SymbolEqualityComparer.Default.Equals(property.ContainingType, options)
            && assignment.Value.ConstantValue is { HasValue: true, Value: string key }
            && key.Trim().Length > 0)
        {
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.LiteralApiKey, assignment.Value.Syntax.GetLocation()));
        }
    }
}
