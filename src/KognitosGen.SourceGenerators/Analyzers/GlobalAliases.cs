using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace KognitosGen.SourceGenerators.Analyzers;

/// <summary>
/// Whether any file declares a <c>global using</c> alias: such an alias may name one of our attributes in files that
/// do not show it, so syntax alone cannot tell which attributes are ours.
/// </summary>
internal static class GlobalAliases
{
    public static bool Exist(Compilation compilation, CancellationToken cancellationToken)
    {
        foreach (var tree in compilation.SyntaxTrees)
        {
            // Global usings come first in a file: only the file's own usings need looking at.
            if (tree.GetRoot(cancellationToken) is not CompilationUnitSyntax root)
                continue;
            foreach (var directive in root.Usings)
            {
                if (directive.Alias is not null && directive.GlobalKeyword.IsKind(SyntaxKind.GlobalKeyword))
                    return true;
            }
        }

        return false;
    }
}
