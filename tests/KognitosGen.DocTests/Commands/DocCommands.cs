using System.Text;
using KognitosGen.DocTests.Markdown;

namespace KognitosGen.DocTests.Commands;

/// <summary>The commands of every bash block of the doc pages, split as a shell splits them into lines.</summary>
public static class DocCommands
{
    /// <summary>The commands of the bash blocks that do not say <c>not-run</c>.</summary>
    public static IEnumerable<DocCommand> All => DocPages.Blocks.Where(block => RunCommands.IsBash(block) && !block.Directive.NotRun).SelectMany(Split);

    /// <summary>The commands on one page that start with <paramref name="prefix"/>; fails when the page shows none.</summary>
    public static IReadOnlyList<DocCommand> On(string page, string prefix)
    {
        var found = All.Where(command => command.Page == page && command.Text.StartsWith(prefix, StringComparison.Ordinal)).ToList();
        return found.Count > 0 ? found : throw new InvalidOperationException($"{page} shows no command starting '{prefix}'; the test that runs it must follow the page.");
    }

    public static IEnumerable<DocCommand> Split(DocBlock block)
    {
        var text = new StringBuilder();
        var start = 0;
        var quote = '\0';
        for (var i = 0; i < block.Code.Count; i++)
        {
            var line = block.Code[i];
            if (text.Length == 0)
            {
                if (string.IsNullOrWhiteSpace(line) || line.TrimStart().StartsWith('#'))
                    continue;
                start = block.FirstCodeLine + i;
            }

            var (code, comment) = SplitComment(line, ref quote);
            if (quote == '\0' && code.EndsWith('\\'))
            {
                text.Append(code[..^1]).Append(' ');
                continue;
            }

            text.Append(code);
            if (quote != '\0')
            {
                text.Append('\n');
                continue;
            }

            yield return new DocCommand(block.File, start, text.ToString().Trim(), comment.Trim());
            text.Clear();
        }
    }

    /// <summary>The code and the comment of a line, given the quote open at its start (updated to the one open at its end).</summary>
    private static (string Code, string Comment) SplitComment(string line, ref char quote)
    {
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quote != '\0')
            {
                if (c == quote)
                    quote = '\0';
            }
            else if (c is '\'' or '"')
            {
                quote = c;
            }
            else if (c == '#' && (i == 0 || char.IsWhiteSpace(line[i - 1])))
            {
                return (line[..i].TrimEnd(), line[(i + 1)..]);
            }
        }

        return (line.TrimEnd(), "");
    }
}
