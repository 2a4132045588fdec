using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using KognitosGen.SourceGenerators.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace KognitosGen.CodeFixes;

/// <summary>KOG0016: replaces a process ID the lock does not have with the one near it that the lock has for the agent.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UseNearProcessIdCodeFixProvider)), Shared]
public sealed class UseNearProcessIdCodeFixProvider : CodeFixProvider
{
    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.ProcessNotInLock);

    /// <inheritdoc />
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc />
    public override Task RegisterCodeFixesAsync(CodeFixContext context) =>
        StringLiteralFix.RegisterAsync(context, "Use the process ID '{0}' from the schema lock", nameof(UseNearProcessIdCodeFixProvider));
}
