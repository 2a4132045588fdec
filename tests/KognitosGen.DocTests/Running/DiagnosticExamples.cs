using System.Text.RegularExpressions;
using KognitosGen.DocTests.Compiling;
using KognitosGen.DocTests.Markdown;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace KognitosGen.DocTests.Running;

/// <summary>
/// Checks a block of a diagnostic's page: every line whose comment names KOGnnnn reports exactly those rules, and
/// every other line reports none (so a "fixed" line must really be clean). A comment on a line of its own speaks of
/// the code line below it. With <c>each-line</c> each line is compiled alone (the bad and the fixed form of one
/// property cannot share a class).
/// </summary>
public static partial class DiagnosticExamples
{
    private const string Template = "DocTemplate.cs";

    public static async Task CheckAsync(DocBlock block, CancellationToken cancellationToken)
    {
        var units = block.Directive.EachLine
            ? block.Code.Select((line, i) => (Line: block.FirstCodeLine + i, Lines: (IReadOnlyList<string>)[line]))
                .Where(unit => unit.Lines[0].Trim() is { Length: > 0 } text && !text.StartsWith("//", StringComparison.Ordinal))
                .ToList()
            : [(block.FirstCodeLine, block.Code)];
        var expected = Expected(block);
        var failures = new List<string>();
        foreach (var (line, lines) in units)
            failures.AddRange(await CheckUnitAsync(block, line, lines, expected, cancellationToken));
        if (failures.Count > 0)
            throw new DocBlockException(block, string.Join(Environment.NewLine, failures));
    }

    private static async Task<IEnumerable<string>> CheckUnitAsync(
        DocBlock block, int firstLine, IReadOnlyList<string> lines, IReadOnlyDictionary<int, HashSet<string>> markers, CancellationToken cancellationToken)
    {
        var code = Wrap(block.Directive.Wrap, DocSources.Mapped(firstLine, block.File, lines));
        var tree = DocSources.Parse(code, block.Directive.Wrap is null ? block.File : Template);
        var executable = DocSources.HasTopLevelStatements(tree);
        var compilation = await DocCompiler.CompileAsync(
            DocBlockCheck.AssemblyName(block) + "_" + firstLine, [tree, .. DocSources.Dependencies(block)], executable, block.Directive.Release,
            DocBlockCheck.LockFiles(block), cancellationToken);

        var failures = compilation.Errors.Where(error => !error.Id.StartsWith("KOG", StringComparison.Ordinal)).Select(error => $"does not compile: {error}").ToList();
        var expected = Enumerable.Range(firstLine, lines.Count)
            .Select(line => (Line: line, Ids: markers.TryGetValue(line, out var ids) ? ids : []))
            .Where(marker => marker.Ids.Count > 0)
            .ToList();
        var reported = compilation.KognitosDiagnostics.Select(diagnostic => (Diagnostic: diagnostic, Lines: AnchorLines(diagnostic, block, firstLine, lines.Count))).ToList();
        foreach (var (diagnostic, anchors) in reported)
        {
            if (!expected.Any(marker => anchors.Contains(marker.Line) && marker.Ids.Contains(diagnostic.Id)))
                failures.Add($"reports {diagnostic} where the page's comments name no {diagnostic.Id}.");
        }

        foreach (var (line, ids) in expected)
        {
            foreach (var id in ids.Where(id => !reported.Any(r => r.Diagnostic.Id == id && r.Lines.Contains(line))))
                failures.Add($"line {line} says {id}, but compiled it reports {(reported.Count == 0 ? "no KOG diagnostic" : string.Join("; ", reported.Select(r => r.Diagnostic)))}.");
        }

        return failures;
    }

    /// <summary>The rule IDs each page line's comments name: its own, and those of comment lines right above it.</summary>
    private static Dictionary<int, HashSet<string>> Expected(DocBlock block)
    {
        var markers = new Dictionary<int, HashSet<string>>();
        var carried = new HashSet<string>();
        for (var i = 0; i < block.Code.Count; i++)
        {
            var text = block.Code[i];
            var comment = text.IndexOf("//", StringComparison.Ordinal);
            var ids = comment < 0 ? [] : RuleId().Matches(text[comment..]).Select(match => match.Value).ToHashSet();
            if (text.TrimStart().StartsWith("//", StringComparison.Ordinal) || string.IsNullOrWhiteSpace(text))
            {
                carried.UnionWith(ids);
                continue;
            }

            ids.UnionWith(carried);
            carried.Clear();
            if (ids.Count > 0)
                markers[block.FirstCodeLine + i] = ids;
        }

        return markers;
    }

    /// <summary>
    /// The page lines a diagnostic belongs to: its own, the first line of each declaration around it (a class's
    /// rule may be reported on its name while the page marks its attribute line), or, when reported inside the
    /// template, the single line the template wraps.
    /// </summary>
    private static HashSet<int> AnchorLines(Diagnostic diagnostic, DocBlock block, int firstLine, int lineCount)
    {
        var anchors = new HashSet<int>();
        var span = diagnostic.Location.GetMappedLineSpan();
        if (span.Path == block.File)
            anchors.Add(span.StartLinePosition.Line + 1);
        else if (lineCount == 1)
            anchors.Add(firstLine);
        if (diagnostic.Location.SourceTree is { } tree)
        {
            var node = tree.GetRoot().FindNode(diagnostic.Location.SourceSpan);
            foreach (var member in node.AncestorsAndSelf().OfType<MemberDeclarationSyntax>())
            {
                var start = tree.GetMappedLineSpan(member.Span);
                if (start.Path == block.File)
                    anchors.Add(start.StartLinePosition.Line + 1);
            }
        }

        return anchors;
    }

    private static string Wrap(string? wrap, string mapped) => wrap switch
    {
        null => mapped,
        "process-members" => $$"""
            [KognitosProcess("to process the invoices", AgentId = "a7xm2kp9qwj3v5nh8t4c6r1e9z", ProcessId = "b4fznghynbdemslfd5k044fgd")]
            public sealed partial class DocExample
            {
            {{mapped}}
            }
            """,
        "process-attribute" => $$"""
            [assembly: KognitosDefaults(AgentId = "a7xm2kp9qwj3v5nh8t4c6r1e9z")]
            {{mapped}}
            public sealed partial class DocExample
            {
            }
            """,
        "statements" => mapped,
        _ => throw new ArgumentOutOfRangeException(nameof(wrap), wrap, null),
    };

    [GeneratedRegex(@"KOG\d{4}")]
    private static partial Regex RuleId();
}
