using KognitosGen.Testing;

namespace KognitosGen.DocTests.Markdown;

/// <summary>
/// The doc pages (README.md, CONTRIBUTING.md, each package's README under src/ and every docs/**/*.md) and their
/// fenced blocks, read once per test run.
/// </summary>
public static class DocPages
{
    private static readonly Lazy<IReadOnlyList<DocBlock>> All = new(() => Read(TestRepository.Root));

    /// <summary>Every fenced block of every page, in page order.</summary>
    public static IReadOnlyList<DocBlock> Blocks => All.Value;

    /// <summary>The C# blocks, which every one is compiled.</summary>
    public static IEnumerable<DocBlock> CSharpBlocks => Blocks.Where(block => block.IsCSharp);

    public static DocBlock Find(string id) =>
        Blocks.SingleOrDefault(block => block.Id == id) ?? throw new KeyNotFoundException($"No block at {id}.");

    /// <summary>The block named <paramref name="name"/> with <c>name=</c>; the user's page and line when there is none.</summary>
    public static DocBlock Named(string name, DocBlock user)
    {
        var named = Blocks.Where(block => block.Directive.Name == name).ToList();
        return named.Count switch
        {
            1 => named[0],
            0 => throw new DocBlockException(user, $"uses={name}, but no block has the directive name={name}."),
            _ => throw new DocBlockException(user, $"uses={name}, but {named.Count} blocks are named so: {string.Join(", ", named)}."),
        };
    }

    /// <summary>The blocks of the pages under <paramref name="root"/> (see <see cref="Pages"/>).</summary>
    public static IReadOnlyList<DocBlock> Read(string root) =>
        [.. Pages(root).SelectMany(page => DocFences.Read(page, File.ReadAllLines(Path.Combine(root, page))))];

    /// <summary>
    /// The pages under <paramref name="root"/>, relative with '/' separators: README.md, CONTRIBUTING.md, the
    /// README.md of each project under src/ (its package's page) and every .md under docs/.
    /// </summary>
    public static IReadOnlyList<string> Pages(string root)
    {
        var pages = new List<string> { Path.Combine(root, "README.md"), Path.Combine(root, "CONTRIBUTING.md") };
        var src = Path.Combine(root, "src");
        if (Directory.Exists(src))
            pages.AddRange(Directory.EnumerateDirectories(src).Select(project => Path.Combine(project, "README.md")).Order(StringComparer.Ordinal));
        var docs = Path.Combine(root, "docs");
        if (Directory.Exists(docs))
            pages.AddRange(Directory.EnumerateFiles(docs, "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal));
        return [.. pages.Where(File.Exists).Select(page => Path.GetRelativePath(root, page).Replace('\\', '/'))];
    }
}
