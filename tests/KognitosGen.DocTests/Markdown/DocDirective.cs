namespace KognitosGen.DocTests.Markdown;

/// <summary>
/// What a <c>&lt;!-- doc-test: ... --&gt;</c> comment right above a block tells the harness (words separated by
/// spaces; anything after <c>--</c> is a note for readers):
/// <list type="bullet">
/// <item><c>name=N</c>: other blocks may use this block's declarations as <c>uses=N</c>.</item>
/// <item><c>uses=N1,N2</c>: compile these named blocks (of any page) with this one.</item>
/// <item><c>context=C1,C2</c>: compile <c>tests/KognitosGen.DocTests/Contexts/C.cs</c> with it (a <c>client</c>
/// on the emulator, a host <c>builder</c>, ...).</item>
/// <item><c>compile-only</c>: a program or test that is compiled but not run (say why after <c>--</c>).</item>
/// <item><c>not-run</c>: a bash block the command tests do not run (say why after <c>--</c>).</item>
/// <item><c>diagnostics</c>: the block shows KOG diagnostics; each line whose comment names <c>KOGnnnn</c> must
/// report exactly those, every other line none. <c>wrap=process-members|process-attribute|statements</c> places the
/// lines in a process class (or as its attribute, or as statements); <c>each-line</c> compiles each line on its own;
/// <c>lock=PATH</c> hands the analyzers a schema lock; <c>release</c> compiles optimised.</item>
/// </list>
/// </summary>
public sealed record DocDirective(
    string? Name,
    IReadOnlyList<string> Uses,
    IReadOnlyList<string> Contexts,
    bool CompileOnly,
    bool Diagnostics,
    string? Wrap,
    bool EachLine,
    string? Lock,
    bool Release,
    bool NotRun = false,
    string Note = "")
{
    public const string Prefix = "<!-- doc-test:";

    public static DocDirective None { get; } = new(null, [], [], false, false, null, false, null, false);

    /// <summary>Reads the words of a directive line; an unknown word fails with the page and line.</summary>
    public static DocDirective Parse(string line, string file, int lineNumber)
    {
        var body = line.Trim();
        if (!body.StartsWith(Prefix, StringComparison.Ordinal) || !body.EndsWith("-->", StringComparison.Ordinal))
            throw new FormatException($"{file}:{lineNumber}: a doc-test directive is one line, '{Prefix} ... -->'.");
        body = body[Prefix.Length..^3];
        var note = body.IndexOf(" -- ", StringComparison.Ordinal);
        var directive = None with { Note = note >= 0 ? body[(note + 4)..].Trim() : "" };
        if (note >= 0)
            body = body[..note];

        foreach (var word in body.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var (key, value) = word.IndexOf('=') is var equals and >= 0 ? (word[..equals], word[(equals + 1)..]) : (word, null);
            directive = (key, value) switch
            {
                ("name", { Length: > 0 }) => directive with { Name = value },
                ("uses", { Length: > 0 }) => directive with { Uses = [.. directive.Uses, .. value.Split(',')] },
                ("context", { Length: > 0 }) => directive with { Contexts = [.. directive.Contexts, .. value.Split(',')] },
                ("compile-only", null) => directive with { CompileOnly = true },
                ("diagnostics", null) => directive with { Diagnostics = true },
                ("wrap", "process-members" or "process-attribute" or "statements") => directive with { Wrap = value },
                ("each-line", null) => directive with { EachLine = true },
                ("lock", { Length: > 0 }) => directive with { Lock = value },
                ("release", null) => directive with { Release = true },
                ("not-run", null) => directive with { NotRun = true },
                _ => throw new FormatException(
                    $"{file}:{lineNumber}: unknown doc-test word '{word}' (known: name=, uses=, context=, compile-only, diagnostics, " +
                    "wrap=process-members|process-attribute|statements, each-line, lock=, release, not-run)."),
            };
        }

        return directive;
    }
}
