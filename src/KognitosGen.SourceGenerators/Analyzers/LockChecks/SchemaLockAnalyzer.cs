using System;
using System.Collections.Immutable;
using KognitosGen.SourceGenerators.Diagnostics;
using KognitosGen.SourceGenerators.SchemaLockFormat;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace KognitosGen.SourceGenerators.Analyzers.LockChecks;

/// <summary>
/// Checks process classes against the schema lock (<c>kognitos.schema.json</c>): process IDs the agent has, names,
/// stages, observed output facts and their kinds. Without a lock among the additional files it registers nothing.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class SchemaLockAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        DiagnosticDescriptors.ProcessNotInLock,
        DiagnosticDescriptors.ProcessNameDiffersFromLock,
        DiagnosticDescriptors.StageDiffersFromLock,
        DiagnosticDescriptors.OutputNotInLock,
        DiagnosticDescriptors.OutputTypeMismatchesLock,
        DiagnosticDescriptors.UnreadableLock);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(static start =>
        {
            if (SchemaLockFile.Find(start.Options) is not { } file || file.GetText(start.CancellationToken) is not { } text)
                return;
            var lockName = SchemaLockFile.NameOf(file.Path);
            var read = SchemaLockCache.Get(text);
            if (read.Error is { } error)
            {
                // Reported on the lock itself (at the line), which the IDE shows in its error list like a source file.
                start.RegisterAdditionalFileAction(additional =>
                {
                    if (string.Equals(additional.AdditionalFile.Path, file.Path, StringComparison.Ordinal))
                        additional.ReportDiagnostic(Unreadable(file.Path, lockName, text, error));
                });
                return;
            }

            if (KnownSymbols.Resolve(start.Compilation) is not { } symbols)
                return;
            var defaults = ProcessDefaultsSource.Read(start.Compilation, start.Options.AnalyzerConfigOptionsProvider);
            var check = new ProcessLockCheck(read.Document!, lockName, symbols, defaults);
            start.RegisterSymbolAction(check.AnalyzeType, SymbolKind.NamedType);
        });
    }

    private static Diagnostic Unreadable(string path, string lockName, SourceText text, SchemaLockError error)
    {
        var lineIndex = Math.Min(Math.Max(error.Line - 1, 0), Math.Max(text.Lines.Count - 1, 0));
        var line = text.Lines.Count > 0 ? text.Lines[lineIndex] : default;
        var span = new LinePositionSpan(new LinePosition(lineIndex, 0), new LinePosition(lineIndex, line.Span.Length));
        return Diagnostic.Create(
            DiagnosticDescriptors.UnreadableLock, Location.Create(path, line.Span, span),
            lockName, error.Line, error.Member, error.Problem);
    }
}
