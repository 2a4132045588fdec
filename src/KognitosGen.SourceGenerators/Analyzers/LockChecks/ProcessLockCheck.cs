using System.Collections.Immutable;
using KognitosGen.SourceGenerators.Diagnostics;
using KognitosGen.SourceGenerators.Options;
using KognitosGen.SourceGenerators.SchemaLockFormat;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace KognitosGen.SourceGenerators.Analyzers.LockChecks;

/// <summary>Checks one compilation's process classes against a readable lock: process ID, name, stage, then outputs.</summary>
internal sealed class ProcessLockCheck
{
    private readonly SchemaLockDocument _lock;
    private readonly string _lockName;
    private readonly KnownSymbols _symbols;
    private readonly ProcessDefaultsSource _defaults;

    public ProcessLockCheck(SchemaLockDocument document, string lockName, KnownSymbols symbols, ProcessDefaultsSource defaults)
    {
        _lock = document;
        _lockName = lockName;
        _symbols = symbols;
        _defaults = defaults;
    }

    public void AnalyzeType(SymbolAnalysisContext context)
    {
        var type = (INamedTypeSymbol)context.Symbol;
        if (type.TypeKind is not (TypeKind.Class or TypeKind.Struct)
            || !AttributedTypes.MayBeProcess(type, context.CancellationToken)
            || FindProcessAttribute(type) is not { } attribute)
            return;
        var agentId = AttributeArguments.NamedString(attribute, "AgentId") ?? _defaults.AgentId;
        var processId = AttributeArguments.NamedString(attribute, "ProcessId");
        // Only agents named to the pull are in the lock; any other agent is not the lock's to judge.
        if (agentId is null || processId is null || _lock.FindAgent(agentId) is not { } agent)
            return;
        if (attribute.ApplicationSyntaxReference?.GetSyntax(context.CancellationToken) is not AttributeSyntax syntax)
            return;

        var className = ProcessClassName.Of(type);
        if (agent.FindProcess(processId) is not { } process)
        {
            ReportNotInLock(context, syntax, agent, processId, className);
            return;
        }

        var label = AttributeArguments.PositionalString(attribute) is { Length: > 0 } given ? given : type.Name;
        CheckName(context, attribute, syntax, process);
        CheckStage(context, attribute, syntax, process, label, className);
        OutputLockCheck.Run(context, type, _symbols, process, _lockName);
    }

    private void ReportNotInLock(SymbolAnalysisContext context, AttributeSyntax syntax, LockedAgent agent, string processId, string className)
    {
        var near = NearProcessId.Find(processId, agent);
        var properties = near is null
            ? ImmutableDictionary<string, string?>.Empty
            : ImmutableDictionary<string, string?>.Empty.Add(DiagnosticProperties.Replacement, near.Id);
        var hint = near is null
            ? "the ID may belong to another agent, or the process was deleted (pull the lock again if it is new)"
            : $"did you mean '{near.Id}' ({MessageText.Cut(near.Name)})?";
        context.ReportDiagnostic(Diagnostic.Create(
            DiagnosticDescriptors.ProcessNotInLock, AttributeArguments.NamedLocation(syntax, "ProcessId"), properties,
            agent.Id, processId, _lockName, className, hint));
    }

    private void CheckName(SymbolAnalysisContext context, AttributeData attribute, AttributeSyntax syntax, LockedProcess process)
    {
        if (AttributeArguments.PositionalString(attribute) is not { } name || name == process.Name)
            return;
        context.ReportDiagnostic(Diagnostic.Create(
            DiagnosticDescriptors.ProcessNameDiffersFromLock, AttributeArguments.PositionalLocation(syntax),
            ImmutableDictionary<string, string?>.Empty.Add(DiagnosticProperties.Replacement, process.Name),
            process.Id, MessageText.Cut(process.Name), _lockName, name));
    }

    private void CheckStage(SymbolAnalysisContext context, AttributeData attribute, AttributeSyntax syntax, LockedProcess process, string label, string className)
    {
        // The reader takes only the stages it knows, so the lock's always parses.
        if (GeneratorOptions.ParseStage(process.Stage) is not { } locked)
            return;
        var stage = AttributeArguments.Named(attribute, "Stage") is { Value: int explicitStage } ? explicitStage : _defaults.Stage ?? 0;
        if (stage == locked)
            return;
        context.ReportDiagnostic(Diagnostic.Create(
            DiagnosticDescriptors.StageDiffersFromLock, AttributeArguments.NamedLocation(syntax, "Stage"),
            ImmutableDictionary<string, string?>.Empty.Add(DiagnosticProperties.Replacement, StageName(locked)),
            label, className, StageName(stage), _lockName, StageName(locked)));
    }

    private AttributeData? FindProcessAttribute(INamedTypeSymbol type)
    {
        foreach (var attribute in type.GetAttributes())
        {
            if (SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, _symbols.Process))
                return attribute;
        }

        return null;
    }

    private static string StageName(int stage) => stage == 1 ? ProcessStageNames.Draft : ProcessStageNames.Published;
}
