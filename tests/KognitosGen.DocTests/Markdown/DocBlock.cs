namespace KognitosGen.DocTests.Markdown;

/// <summary>One fenced code block of a doc page, with the directive written above it (if any).</summary>
/// <param name="File">The page, relative to the repository root with '/' separators (e.g. <c>docs/cli.md</c>).</param>
/// <param name="Line">The 1-based line of the opening fence; the code starts on the next line.</param>
/// <param name="Language">The fence's info string, lower-cased (<c>csharp</c>, <c>bash</c>, ...).</param>
/// <param name="Code">The lines between the fences.</param>
/// <param name="Directive">The <c>&lt;!-- doc-test: ... --&gt;</c> above the block, or <see cref="DocDirective.None"/>.</param>
public sealed record DocBlock(string File, int Line, string Language, IReadOnlyList<string> Code, DocDirective Directive)
{
    /// <summary>How failures name the block: <c>README.md:57</c>.</summary>
    public string Id => $"{File}:{Line}";

    /// <summary>The 1-based page line of the code's first line.</summary>
    public int FirstCodeLine => Line + 1;

    public bool IsCSharp => Language is "csharp" or "cs" or "c#";

    public override string ToString() => Id;
}
