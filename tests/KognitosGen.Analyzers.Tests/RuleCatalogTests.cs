using KognitosGen.Testing;
using KognitosGen.SourceGenerators.Analyzers;
using KognitosGen.SourceGenerators.Analyzers.LockChecks;
using KognitosGen.SourceGenerators.Diagnostics;
using Microsoft.CodeAnalysis;

namespace KognitosGen.Analyzers.Tests;

/// <summary>Every rule is documented, linked, tracked for release, and listed.</summary>
public sealed class RuleCatalogTests
{
    private static readonly string Root = TestRepository.Root;

    public static TheoryData<string> RuleIds => [.. DiagnosticDescriptors.All.Select(d => d.Id)];

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Each_rule_has_a_docs_page_with_the_required_sections(string id)
    {
        var page = Path.Combine(Root, "docs", "diagnostics", id + ".md");
        Assert.True(File.Exists(page), $"missing {page}");
        var text = File.ReadAllText(page);
        Assert.StartsWith($"# {id}: ", text);
        foreach (var section in new[] { "## What it means", "## Why", "## How to fix it", "## Example", "## Changing its severity" })
            Assert.Contains(section, text);
        Assert.Contains($"dotnet_diagnostic.{id}.severity", text);
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Each_rule_links_to_its_page_and_has_a_category_and_a_release_row(string id)
    {
        var descriptor = DiagnosticDescriptors.ForId(id);
        var releaseRows = File.ReadAllLines(Path.Combine(Root, "src", "KognitosGen.SourceGenerators", "AnalyzerReleases.Unshipped.md"));
        var index = File.ReadAllText(Path.Combine(Root, "docs", "diagnostics", "README.md"));

        Assert.EndsWith($"/docs/diagnostics/{id}.md", descriptor.HelpLinkUri);
        Assert.StartsWith("KognitosGen.", descriptor.Category);
        var row = Assert.Single(releaseRows, line => line.StartsWith(id + " ", StringComparison.Ordinal));
        Assert.Contains($"| {descriptor.Category} | {descriptor.DefaultSeverity} |", row);
        Assert.Contains($"[{id}]({id}.md)", index);
        Assert.False(descriptor.CustomTags.Contains(WellKnownDiagnosticTags.NotConfigurable), "errors stay configurable");
    }

    [Fact]
    public void Every_reported_rule_is_in_the_catalog()
    {
        var catalog = DiagnosticDescriptors.All.Select(d => d.Id).ToHashSet();
        var analyzers = new Microsoft.CodeAnalysis.Diagnostics.DiagnosticAnalyzer[] { new KognitosProcessAnalyzer(), new LiteralApiKeyAnalyzer(), new SchemaLockAnalyzer() };

        Assert.All(analyzers.SelectMany(a => a.SupportedDiagnostics), d => Assert.Contains(d.Id, catalog));
        Assert.Equal(catalog.Count, DiagnosticDescriptors.All.Length);
        Assert.Equal(
            Enumerable.Range(1, 22).Select(i => $"KOG{i:0000}").Append("KOG9999"),
            DiagnosticDescriptors.All.Select(d => d.Id).Order());
    }
}
