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

/// <summary>KOG0004: makes the process class, and every type it is nested in, <c>partial</c>.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AddPartialCodeFixProvider)), Shared]
public sealed class AddPartialCodeFixProvider : CodeFixProvider
{
    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.NotPartial);

    /// <inheritdoc />
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc />
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        foreach (var diagnostic in context.Diagnostics)
        {
            if (root?.FindToken(diagnostic.Location.SourceSpan.Start).Parent?.AncestorsAndSelf().OfType<TypeDeclarationSyntax>().FirstOrDefault() is not { } declaration)
                continue;
            context.RegisterCodeFix(
                CodeAction.Create(
                    "Make the process class and its containing types partial",
                    cancellationToken => AddPartialAsync(context.Document, declaration, cancellationToken),
                    equivalenceKey: nameof(AddPartialCodeFixProvider)),
                diagnostic);
        }
    }

    private static async Task<Document> AddPartialAsync(Document document, TypeDeclarationSyntax declaration, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        if (root is null)
            return document;

        // The diagnostic points at the outermost non-partial type; its nested types on the way to the process
        // may lack partial too, so fix the whole chain inside it as well as outside.
        var chain = declaration.AncestorsAndSelf().OfType<TypeDeclarationSyntax>()
            .Concat(declaration.DescendantNodes().OfType<TypeDeclarationSyntax>().Where(HasProcessInside))
            .Where(type => !type.Modifiers.Any(SyntaxKind.PartialKeyword))
            .ToList();
        return document.WithSyntaxRoot(root.ReplaceNodes(chain, (_, rewritten) => WithPartial(rewritten)));
    }

    private static bool HasProcessInside(TypeDeclarationSyntax type) =>
        type.DescendantNodesAndSelf().OfType<AttributeSyntax>().Any(a => a.Name.ToString() is "KognitosProcess" or "KognitosProcessAttribute"
            || a.Name.ToString().EndsWith(".KognitosProcess", System.StringComparison.Ordinal)
            || a.Name.ToString().EndsWith(".KognitosProcessAttribute", System.StringComparison.Ordinal));

    /// <summary>C# wants <c>partial</c> last among the modifiers, right before the type keyword.</summary>
    private static TypeDeclarationSyntax WithPartial(TypeDeclarationSyntax type)
    {
        if (type.Modifiers.Count > 0)
            return type.AddModifiers(SyntaxFactory.Token(SyntaxKind.PartialKeyword).WithTrailingTrivia(SyntaxFactory.Space));

        var keyword = type.Keyword;
        var partial = SyntaxFactory.Token(keyword.LeadingTrivia, SyntaxKind.PartialKeyword, SyntaxFactory.TriviaList(SyntaxFactory.Space));
        return type.WithKeyword(keyword.WithLeadingTrivia(SyntaxFactory.TriviaList())).WithModifiers(SyntaxFactory.TokenList(partial));
    }
}
