using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using KognitosGen.SourceGenerators.Diagnostics;
using KognitosGen.SourceGenerators.SchemaLockFormat;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Simplification;

namespace KognitosGen.CodeFixes;

/// <summary>KOG0018: sets <c>Stage</c> on <c>[KognitosProcess]</c> to the stage the schema lock lists, replacing or adding the argument.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UseLockedStageCodeFixProvider)), Shared]
public sealed class UseLockedStageCodeFixProvider : CodeFixProvider
{
    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.StageDiffersFromLock);

    /// <inheritdoc />
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc />
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        foreach (var diagnostic in context.Diagnostics)
        {
            if (!diagnostic.Properties.TryGetValue(DiagnosticProperties.Replacement, out var stage) || stage is null || !ProcessStageNames.IsKnown(stage)
                || root?.FindNode(diagnostic.Location.SourceSpan).AncestorsAndSelf().OfType<AttributeSyntax>().FirstOrDefault() is not { } attribute)
            {
                continue;
            }

            context.RegisterCodeFix(
                CodeAction.Create(
                    $"Run the {stage} stage, as the schema lock lists",
                    cancellationToken => SetStageAsync(context.Document, attribute, stage, cancellationToken),
                    equivalenceKey: nameof(UseLockedStageCodeFixProvider) + stage),
                diagnostic);
        }
    }

    private static async Task<Document> SetStageAsync(Document document, AttributeSyntax attribute, string stage, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        if (root is null)
            return document;
        // Fully qualified, then simplified to what the file's usings allow.
        var value = SyntaxFactory.ParseExpression("global::KognitosGen.KognitosStage." + stage).WithAdditionalAnnotations(Simplifier.Annotation);
        return document.WithSyntaxRoot(root.ReplaceNode(attribute, NamedAttributeArgument.Set(attribute, "Stage", value)));
    }
}
