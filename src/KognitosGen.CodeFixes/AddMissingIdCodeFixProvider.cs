using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using KognitosGen.SourceGenerators.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace KognitosGen.CodeFixes;

/// <summary>KOG0001 and KOG0002: adds <c>AgentId = ""</c> or <c>ProcessId = ""</c> to the attribute, for the user to fill in.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AddMissingIdCodeFixProvider)), Shared]
public sealed class AddMissingIdCodeFixProvider : CodeFixProvider
{
    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } =
        ImmutableArray.Create(DiagnosticIds.MissingAgentId, DiagnosticIds.MissingProcessId);

    /// <inheritdoc />
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc />
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        foreach (var diagnostic in context.Diagnostics)
        {
            if (root?.FindNode(diagnostic.Location.SourceSpan).AncestorsAndSelf().OfType<AttributeSyntax>().FirstOrDefault() is not { } attribute)
                continue;
            var name = diagnostic.Id == DiagnosticIds.MissingAgentId ? "AgentId" : "ProcessId";
            if (attribute.ArgumentList?.Arguments.Any(a => a.NameEquals?.Name.Identifier.ValueText == name) == true)
                continue; // present but empty: the user's to fill in, nothing to add
            context.RegisterCodeFix(
                CodeAction.Create(
                    $"Add {name} to [KognitosProcess]",
                    cancellationToken => AddArgumentAsync(context.Document, attribute, name, cancellationToken),
                    equivalenceKey: nameof(AddMissingIdCodeFixProvider) + name),
                diagnostic);
        }
    }

    private static async Task<Document> AddArgumentAsync(Document document, AttributeSyntax attribute, string name, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        if (root is null)
            return document;
        var placeholder = SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(""));
        return document.WithSyntaxRoot(root.ReplaceNode(attribute, NamedAttributeArgument.Set(attribute, name, placeholder)));
    }
}
