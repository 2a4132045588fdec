using System.Threading;
using System.Threading.Tasks;
using KognitosGen.SourceGenerators.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace KognitosGen.CodeFixes;

/// <summary>Rewrites the string literal a diagnostic points at to the value the diagnostic carries (a name from the schema lock, an output spelling).</summary>
internal static class StringLiteralFix
{
    public static async Task RegisterAsync(CodeFixContext context, string titleFormat, string equivalenceKey)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        foreach (var diagnostic in context.Diagnostics)
        {
            // Only a literal can be rewritten; a constant defined elsewhere is the user's to change.
            if (!diagnostic.Properties.TryGetValue(DiagnosticProperties.Replacement, out var value) || value is null
                || root?.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not LiteralExpressionSyntax literal
                || !literal.IsKind(SyntaxKind.StringLiteralExpression))
            {
                continue;
            }

            context.RegisterCodeFix(
                CodeAction.Create(
                    string.Format(System.Globalization.CultureInfo.InvariantCulture, titleFormat, value),
                    cancellationToken => ReplaceAsync(context.Document, literal, value, cancellationToken),
                    equivalenceKey),
                diagnostic);
        }
    }

    private static async Task<Document> ReplaceAsync(Document document, LiteralExpressionSyntax literal, string value, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var replacement = SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(value)).WithTriviaFrom(literal);
        return root is null ? document : document.WithSyntaxRoot(root.ReplaceNode(literal, replacement));
    }
}
