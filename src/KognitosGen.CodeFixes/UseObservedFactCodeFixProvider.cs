using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using KognitosGen.SourceGenerators.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace KognitosGen.CodeFixes;

/// <summary>KOG0019: replaces an output fact no sampled run returned with the closest fact the schema lock observed.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UseObservedFactCodeFixProvider)), Shared]
public sealed class UseObservedFactCodeFixProvider : CodeFixProvider
{
    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.OutputNotInLock);

    /// <inheritdoc />
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc />
    public override Task RegisterCodeFixesAsync(CodeFixContext context) =>
        StringLiteralFix.RegisterAsync(context, "Use the observed fact '{0}'", nameof(UseObservedFactCodeFixProvider));
}
