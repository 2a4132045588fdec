using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using KognitosGen.SourceGenerators.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace KognitosGen.CodeFixes;

/// <summary>KOG0005: renames an output fact to the spelling the analyzer worked out ("the output " and the name).</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(PrefixOutputFactCodeFixProvider)), Shared]
public sealed class PrefixOutputFactCodeFixProvider : CodeFixProvider
{
    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.OutputWithoutPrefix);

    /// <inheritdoc />
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc />
    public override Task RegisterCodeFixesAsync(CodeFixContext context) =>
        StringLiteralFix.RegisterAsync(context, "Rename the fact to '{0}'", nameof(PrefixOutputFactCodeFixProvider));
}
