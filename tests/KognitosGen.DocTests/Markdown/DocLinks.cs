using System.Text.RegularExpressions;

namespace KognitosGen.DocTests.Markdown;

/// <summary>The links and heading anchors of a page, read outside fenced blocks and inline code.</summary>
public static partial class DocLinks
{
    public static IEnumerable<DocLink> Read(string page, IReadOnlyList<string> lines)
    {
        foreach (var (line, number) in Prose(lines))
        {
            foreach (Match link in Link().Matches(InlineCode().Replace(line, "")))
                yield return new DocLink(page, number, link.Groups["target"].Value);
        }
    }

    /// <summary>
    /// The anchors of the page's headings as GitHub makes them: lower case, punctuation dropped, spaces as '-', a
    /// repeated heading numbered (<c>-1</c>, <c>-2</c>).
    /// </summary>
    public static IReadOnlySet<string> Anchors(IReadOnlyList<string> lines)
    {
        var anchors = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (line, _) in Prose(lines))
        {
            var heading = Heading().Match(line);
            if (!heading.Success)
                continue;
            var slug = string.Concat(heading.Groups["text"].Value.Trim().ToLowerInvariant()
                .Where(c => char.IsLetterOrDigit(c) || c is ' ' or '-' or '_')).Replace(' ', '-');
            var anchor = slug;
            for (var n = 1; !anchors.Add(anchor); n++)
                anchor = $"{slug}-{n}";
        }

        return anchors;
    }

    /// <summary>The lines outside fenced blocks, with their 1-based numbers.</summary>
    private static IEnumerable<(string Line, int Number)> Prose(IReadOnlyList<string> lines)
    {
        string? fence = null;
        for (var i = 0; i < lines.Count; i++)
        {
            var marker = Fence().Match(lines[i]);
            if (fence is null && marker.Success)
                fence = marker.Groups["marker"].Value;
            else if (fence is not null && marker.Success && lines[i].Trim().StartsWith(fence, StringComparison.Ordinal) && lines[i].Trim().All(c => c == fence[0]))
                fence = null;
            else if (fence is null)
                yield return (lines[i], i + 1);
        }
    }

    [GeneratedRegex(@"\]\((?<target>[^)\s]+)(\s+""[^""]*"")?\)")]
    private static partial Regex Link();

    [GeneratedRegex("`[^`]*`")]
    private static partial Regex InlineCode();

    [GeneratedRegex(@"^#{1,6}\s+(?<text>.+?)\s*#*$")]
    private static partial Regex Heading();

    [GeneratedRegex(@"^ {0,3}(?<marker>`{3,}|~{3,})")]
    private static partial Regex Fence();
}
