using KognitosGen.DocTests.Markdown;
using KognitosGen.Testing;

namespace KognitosGen.DocTests;

/// <summary>
/// The pages hold together: README.md is a front door, every link leads somewhere that exists, and each package's
/// README (its page on the package feed, where relative links break) links only absolutely.
/// </summary>
public sealed class LinkTests
{
    /// <summary>The packages, each with its own README.md in its project folder.</summary>
    public static TheoryData<string> Packages =>
        ["KognitosGen", "KognitosGen.Extensions.DependencyInjection", "KognitosGen.Ledger.Sqlite", "KognitosGen.Ledger.PostgreSql", "KognitosGen.Emulator", "KognitosGen.Cli", "KognitosGen.Testing"];

    private static readonly string ProjectUrl = DocLinkCheck.ProjectUrl(TestRepository.Root);

    [Fact]
    public void The_readme_is_a_front_door_of_at_most_250_lines()
    {
        var lines = File.ReadAllLines(Path.Combine(TestRepository.Root, "README.md"));

        Assert.True(lines.Length <= 250, $"README.md has {lines.Length} lines; move topics to docs/ and contributor material to CONTRIBUTING.md.");
    }

    [Fact]
    public void Every_link_of_the_docs_leads_to_a_file_and_heading_that_exist()
    {
        var pages = DocPages.Pages(TestRepository.Root);
        Assert.Contains("CONTRIBUTING.md", pages);
        Assert.Contains("docs/client.md", pages);

        var problems = pages.SelectMany(page => DocLinkCheck.Problems(TestRepository.Root, page, ProjectUrl)).ToList();

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Theory]
    [MemberData(nameof(Packages))]
    public void A_package_ships_its_own_readme_whose_links_are_absolute(string package)
    {
        var folder = Path.Combine(TestRepository.Root, "src", package);
        var project = File.ReadAllText(Path.Combine(folder, package + ".csproj"));
        var page = $"src/{package}/README.md";
        var links = DocLinks.Read(page, File.ReadAllLines(Path.Combine(TestRepository.Root, page))).ToList();

        Assert.Contains("<PackageReadmeFile>README.md</PackageReadmeFile>", project, StringComparison.Ordinal);
        Assert.Contains("<None Include=\"README.md\" Pack=\"true\" PackagePath=\"/\" />", project, StringComparison.Ordinal);
        Assert.Contains(links, link => link.Target.StartsWith(ProjectUrl + "/blob/main/docs/", StringComparison.Ordinal));
        Assert.All(links, link => Assert.True(link.IsAbsolute, $"{link} is relative: on the package page it would lead nowhere."));
    }

    [Fact]
    public void A_link_to_a_missing_page_or_heading_is_reported_with_its_page_and_line()
    {
        var root = Directory.CreateTempSubdirectory("kognitos-doc-links-").FullName;
        try
        {
            Directory.CreateDirectory(Path.Combine(root, "docs"));
            File.WriteAllLines(Path.Combine(root, "docs", "guide.md"), ["# Guide", "", "## Many runs at once", "", "### `kognitos` tool: the rest"]);
            File.WriteAllLines(Path.Combine(root, "README.md"), [
                "See [the guide](docs/guide.md#many-runs-at-once), [the tool](docs/guide.md#kognitos-tool-the-rest),",
                "[this](#nowhere), [gone](docs/gone.md), [wrong heading](docs/guide.md#many-runs),",
                "[own page](https://example.invalid/p/blob/main/docs/guide.md#guide), [own, missing](https://example.invalid/p/blob/main/docs/x.md),",
                "[elsewhere](https://example.invalid/other) and `[code](not/a/link.md)`.",
                "```text",
                "[in a block](docs/none.md)",
                "```",
            ]);

            var problems = DocLinkCheck.Problems(root, "README.md", "https://example.invalid/p");

            Assert.Equal([
                "README.md:2: (#nowhere): README.md has no heading whose anchor is #nowhere",
                "README.md:2: (docs/gone.md): there is no docs/gone.md",
                "README.md:2: (docs/guide.md#many-runs): docs/guide.md has no heading whose anchor is #many-runs",
                "README.md:3: (https://example.invalid/p/blob/main/docs/x.md): there is no docs/x.md",
            ], problems);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
