using KognitosGen.Testing;
using KognitosGen.DocTests.Markdown;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace KognitosGen.DocTests.Compiling;

/// <summary>
/// The source trees of a block's compilation: the block itself (mapped with <c>#line</c> to its page, so every
/// diagnostic names the page and line), the blocks it <c>uses=</c>, the contexts it names, and
/// <c>Contexts/usings.cs</c>, which every block gets (a project's implicit usings, KognitosGen's namespaces, xunit).
/// </summary>
public static class DocSources
{
    public const string AlwaysContext = "usings";

    public static string ContextsFolder { get; } = Path.Combine(TestRepository.Root, "tests", "KognitosGen.DocTests", "Contexts");

    /// <summary>The block's code as a tree whose lines map to the page.</summary>
    public static SyntaxTree Block(DocBlock block) => Parse(Mapped(block.FirstCodeLine, block.File, block.Code), block.File);

    /// <summary>Lines of a page, mapped to where they are on it (for code placed inside a template).</summary>
    public static string Mapped(int firstLine, string file, IEnumerable<string> lines) =>
        $"#line {firstLine} \"{file}\"\n{string.Join('\n', lines)}\n#line default\n";

    public static SyntaxTree Parse(string code, string path) => CSharpSyntaxTree.ParseText(code, DocCompiler.ParseOptions, path);

    public static bool HasTopLevelStatements(SyntaxTree tree) =>
        tree.GetCompilationUnitRoot().Members.Any(member => member is GlobalStatementSyntax);

    /// <summary>Everything <paramref name="block"/> is compiled with besides its own code: used blocks and contexts.</summary>
    public static IReadOnlyList<SyntaxTree> Dependencies(DocBlock block)
    {
        var used = new List<DocBlock>();
        Collect(block, block, used, []);
        var contexts = new List<string> { AlwaysContext };
        foreach (var context in block.Directive.Contexts.Concat(used.SelectMany(u => u.Directive.Contexts)))
        {
            if (!contexts.Contains(context))
                contexts.Add(context);
        }

        var trees = new List<SyntaxTree>();
        foreach (var dependency in used)
        {
            var tree = Block(dependency);
            if (HasTopLevelStatements(tree))
                throw new DocBlockException(block, $"uses={dependency.Directive.Name}, but {dependency.Id} has statements; a used block may only declare types.");
            trees.Add(tree);
        }

        trees.AddRange(contexts.Select(context => Context(block, context)));
        return trees;
    }

    private static void Collect(DocBlock user, DocBlock block, List<DocBlock> used, HashSet<string> visiting)
    {
        foreach (var name in block.Directive.Uses)
        {
            if (!visiting.Add(name))
                throw new DocBlockException(user, $"uses={name} leads back to itself.");
            var dependency = DocPages.Named(name, user);
            if (!used.Contains(dependency))
            {
                Collect(user, dependency, used, visiting);
                used.Add(dependency);
            }

            visiting.Remove(name);
        }
    }

    private static SyntaxTree Context(DocBlock user, string name)
    {
        var path = Path.Combine(ContextsFolder, name + ".cs");
        if (!File.Exists(path))
        {
            var known = Directory.EnumerateFiles(ContextsFolder, "*.cs").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal);
            throw new DocBlockException(user, $"context={name}, but there is no Contexts/{name}.cs (known: {string.Join(", ", known)}).");
        }

        return Parse(File.ReadAllText(path), $"Contexts/{name}.cs");
    }
}
