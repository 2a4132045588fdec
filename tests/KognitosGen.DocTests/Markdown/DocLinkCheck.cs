using System.Text.RegularExpressions;

namespace KognitosGen.DocTests.Markdown;

/// <summary>
/// Checks the links of a page against the repository: a relative link (or an absolute one into the project's own
/// address, <c>PackageProjectUrl</c> + <c>/blob/main/</c>) must name a file or folder that exists, and its
/// <c>#anchor</c> a heading of that page.
/// </summary>
public static partial class DocLinkCheck
{
    /// <summary>The project's address, as Directory.Build.props sets it for the packages.</summary>
    public static string ProjectUrl(string root) =>
        ProjectUrlProperty().Match(File.ReadAllText(Path.Combine(root, "Directory.Build.props"))) is { Success: true } url
            ? url.Groups["url"].Value.TrimEnd('/')
            : throw new InvalidOperationException("Directory.Build.props sets no PackageProjectUrl.");

    /// <summary>One line per broken link of <paramref name="page"/> (relative to <paramref name="root"/>); empty when none.</summary>
    public static IReadOnlyList<string> Problems(string root, string page, string projectUrl)
    {
        var problems = new List<string>();
        foreach (var link in DocLinks.Read(page, File.ReadAllLines(Path.Combine(root, page))))
        {
            var target = link.Target;
            string repositoryPath;
            if (link.IsAbsolute)
            {
                var own = Own(projectUrl).Match(target);
                if (!own.Success)
                    continue;
                repositoryPath = own.Groups["path"].Value;
            }
            else
            {
                var path = target.Split('#', 2)[0];
                repositoryPath = path.Length == 0 ? page : Normalize(Path.Combine(Path.GetDirectoryName(page) ?? "", path));
            }

            if (repositoryPath.StartsWith("../", StringComparison.Ordinal) || !(File.Exists(Path.Combine(root, repositoryPath)) || Directory.Exists(Path.Combine(root, repositoryPath))))
            {
                problems.Add($"{link}: there is no {repositoryPath}");
                continue;
            }

            var hash = target.IndexOf('#', StringComparison.Ordinal);
            if (hash < 0)
                continue;
            var anchor = target[(hash + 1)..];
            if (!repositoryPath.EndsWith(".md", StringComparison.Ordinal) || !File.Exists(Path.Combine(root, repositoryPath)))
            {
                problems.Add($"{link}: an anchor into {repositoryPath}, which is not a page");
                continue;
            }

            if (!DocLinks.Anchors(File.ReadAllLines(Path.Combine(root, repositoryPath))).Contains(anchor))
                problems.Add($"{link}: {repositoryPath} has no heading whose anchor is #{anchor}");
        }

        return problems;
    }

    /// <summary>A relative path with its '.' and '..' steps applied, '/' separated.</summary>
    private static string Normalize(string path)
    {
        var parts = new List<string>();
        foreach (var part in path.Replace('\\', '/').Split('/'))
        {
            if (part is "" or ".")
                continue;
            if (part == ".." && parts.Count > 0 && parts[^1] != "..")
                parts.RemoveAt(parts.Count - 1);
            else
                parts.Add(part);
        }

        return string.Join('/', parts);
    }

    private static Regex Own(string projectUrl) =>
        new("^" + Regex.Escape(projectUrl) + "/(blob|tree)/main/(?<path>[^#]+)", RegexOptions.CultureInvariant);

    [GeneratedRegex("<PackageProjectUrl>(?<url>[^<]+)</PackageProjectUrl>")]
    private static partial Regex ProjectUrlProperty();
}
