using System.Text.RegularExpressions;

namespace KognitosGen.DocTests.Markdown;

/// <summary>Finds the fenced code blocks of one page (``` or ~~~ fences, as CommonMark reads them) and their directives.</summary>
public static partial class DocFences
{
    public static IEnumerable<DocBlock> Read(string file, IReadOnlyList<string> lines)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            var open = Fence().Match(lines[i]);
            if (!open.Success)
                continue;
            var marker = open.Groups["marker"].Value;
            var start = i;
            var code = new List<string>();
            for (i++; i < lines.Count && !IsClosing(lines[i], marker); i++)
                code.Add(Unindent(lines[i], open.Groups["indent"].Length));
            var language = open.Groups["info"].Value.Trim().Split(' ', 2)[0].ToLowerInvariant();
            yield return new DocBlock(file, start + 1, language, code, DirectiveAbove(file, lines, start));
        }
    }

    /// <summary>The directive on the nearest non-blank line above the fence, if that line is one.</summary>
    private static DocDirective DirectiveAbove(string file, IReadOnlyList<string> lines, int fence)
    {
        var above = fence - 1;
        while (above >= 0 && string.IsNullOrWhiteSpace(lines[above]))
            above--;
        return above >= 0 && lines[above].TrimStart().StartsWith(DocDirective.Prefix, StringComparison.Ordinal)
            ? DocDirective.Parse(lines[above], file, above + 1)
            : DocDirective.None;
    }

    private static bool IsClosing(string line, string marker)
    {
        var trimmed = line.Trim();
        return trimmed.Length >= marker.Length && trimmed.All(c => c == marker[0]) && line.Length - line.TrimStart().Length <= 3;
    }

    private static string Unindent(string line, int indent)
    {
        var blanks = 0;
        while (blanks < indent && blanks < line.Length && line[blanks] == ' ')
            blanks++;
        return line[blanks..];
    }

    [GeneratedRegex(@"^(?<indent> {0,3})(?<marker>`{3,}|~{3,})(?<info>[^`]*)$")]
    private static partial Regex Fence();
}
