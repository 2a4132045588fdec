using System.Linq;
using System.Threading;
using KognitosGen.SourceGenerators.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace KognitosGen.SourceGenerators.Parsing;

/// <summary>
/// The C# version a process class needs: what its own declaration uses (as <c>kognitos scaffold</c> writes it:
/// <c>required</c> members, a file-scoped namespace) or, at least, what the generated code uses. Read from syntax only.
/// </summary>
internal static class LanguageNeeds
{
    private const string RequiredReason = "it declares required members";
    private const string FileScopedReason = "it is in a file-scoped namespace";
    private const string RecordStructReason = "it is a record struct";

    /// <summary>
    /// Worked out only below C# 11, the newest a class can need: a project on C# 11 or later (nearly all) pays
    /// nothing for it, and there every class gets <see cref="LanguageNeed.GeneratedCode"/>, which it meets anyway.
    /// </summary>
    public static LanguageNeed For(INamedTypeSymbol type, SyntaxTree tree, CancellationToken cancellationToken)
    {
        var need = LanguageNeed.GeneratedCode;
        if (tree.Options is not CSharpParseOptions { LanguageVersion: < LanguageVersion.CSharp11 })
            return need;
        foreach (var reference in type.DeclaringSyntaxReferences)
        {
            if (reference.GetSyntax(cancellationToken) is not TypeDeclarationSyntax declaration)
                continue;
            foreach (var member in declaration.Members)
            {
                if (member.Modifiers.Any(SyntaxKind.RequiredKeyword))
                    return new LanguageNeed(11, RequiredReason);
            }

            if (need.Version < 10 && declaration is RecordDeclarationSyntax { ClassOrStructKeyword.RawKind: (int)SyntaxKind.StructKeyword })
                need = new LanguageNeed(10, RecordStructReason);
            else if (need.Version < 10 && declaration.Ancestors().OfType<FileScopedNamespaceDeclarationSyntax>().Any())
                need = new LanguageNeed(10, FileScopedReason);
        }

        return need;
    }
}
