using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;
using System.Text;
using System.Xml.Linq;

namespace KognitosGen.PackageTests;

/// <summary>What the one package users install carries, and what its analyzers may load.</summary>
[Collection(nameof(PackedPackageCollection))]
public sealed class PackageLayoutTests(PackedPackage package)
{
    private const string AnalyzerFolder = "analyzers/dotnet/roslyn4.8/cs/";
    private static readonly Version RoslynFloor = new(4, 8, 0, 0);
    private static readonly Version RoslynFloorDependencies = new(7, 0, 0, 0);

    [Fact]
    public void The_package_has_the_runtime_the_roslyn_components_and_the_msbuild_files()
    {
        var entries = package.Entries;

        Assert.Contains("lib/netstandard2.0/KognitosGen.dll", entries);
        Assert.Contains("lib/net8.0/KognitosGen.dll", entries);
        Assert.Contains("lib/net8.0/KognitosGen.xml", entries);
        Assert.Contains("buildTransitive/KognitosGen.props", entries);
        Assert.Contains("buildTransitive/KognitosGen.targets", entries);
        Assert.Contains("README.md", entries);
        Assert.Contains("LICENSE", entries);
        Assert.Equal(
            [AnalyzerFolder + "KognitosGen.CodeFixes.dll", AnalyzerFolder + "KognitosGen.SourceGenerators.dll"],
            entries.Where(e => e.StartsWith("analyzers/", StringComparison.Ordinal)).Order(StringComparer.Ordinal));
        Assert.DoesNotContain(entries, e => e.StartsWith("lib/", StringComparison.Ordinal) && e.Contains("SourceGenerators", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_rule_page_travels_in_the_package_and_the_project_url_is_the_help_links_base()
    {
        var pages = Directory.GetFiles(Path.Combine(KognitosGen.Testing.TestRepository.Root, "docs", "diagnostics"), "*.md")
            .Select(path => "docs/diagnostics/" + Path.GetFileName(path)).ToList();

        Assert.Contains("docs/diagnostics/KOG0001.md", pages);
        Assert.All(pages, page => Assert.Contains(page, package.Entries));
        var nuspec = XDocument.Load(new MemoryStream(package.Read("KognitosGen.nuspec")));
        XNamespace ns = nuspec.Root!.Name.NamespaceName;
        var projectUrl = nuspec.Root.Element(ns + "metadata")!.Element(ns + "projectUrl")!.Value;
        // The analyzers' help links start with the package's project URL: one MSBuild property sets both.
        Assert.Contains(projectUrl + "/blob/main/docs/diagnostics/", UserStrings(package.Read(AnalyzerFolder + "KognitosGen.SourceGenerators.dll")));
    }

    [Fact]
    public void The_nuspec_names_readme_licence_and_repository_and_no_roslyn_dependency()
    {
        var nuspec = XDocument.Load(new MemoryStream(package.Read("KognitosGen.nuspec")));
        XNamespace ns = nuspec.Root!.Name.NamespaceName;
        var metadata = nuspec.Root.Element(ns + "metadata")!;

        Assert.Equal("KognitosGen", metadata.Element(ns + "id")!.Value);
        Assert.Equal("README.md", metadata.Element(ns + "readme")!.Value);
        Assert.Equal("LICENSE", metadata.Element(ns + "license")!.Value);
        Assert.NotNull(metadata.Element(ns + "repository")!.Attribute("commit"));
        var dependencies = metadata.Descendants(ns + "dependency").Select(d => d.Attribute("id")!.Value).ToList();
        Assert.DoesNotContain(dependencies, d => d.StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal));
        Assert.DoesNotContain(dependencies, d => d.StartsWith("KognitosGen", StringComparison.Ordinal));
    }

    [Fact]
    public void The_props_make_every_option_visible_to_the_compiler()
    {
        var props = Encoding.UTF8.GetString(package.Read("buildTransitive/KognitosGen.props"));
        var targets = Encoding.UTF8.GetString(package.Read("buildTransitive/KognitosGen.targets"));

        foreach (var option in new[] { "KognitosAgentId", "KognitosProcessStage", "DisableKognitosGenSourceGenerator", "KognitosSchemaFile", "KognitosGenPolyfills" })
            Assert.Contains($"<CompilerVisibleProperty Include=\"{option}\" />", props);
        Assert.Contains("CompilerApiVersion", targets);
        Assert.Contains("KOG0100", targets);
    }

    [Fact]
    public void The_props_hand_the_schema_lock_to_the_analyzers()
    {
        var props = Encoding.UTF8.GetString(package.Read("buildTransitive/KognitosGen.props"));
        var targets = Encoding.UTF8.GetString(package.Read("buildTransitive/KognitosGen.targets"));

        Assert.Contains("<AdditionalFiles Include=\"$(MSBuildProjectDirectory)/kognitos.schema.json\" />", props);
        Assert.Contains("<AdditionalFiles Include=\"$([MSBuild]::NormalizePath('$(MSBuildProjectDirectory)', '$(KognitosSchemaFile)'))\"", props);
        Assert.Contains("KOG0101", targets);
    }

    [Theory]
    [InlineData("KognitosGen.SourceGenerators.dll")]
    [InlineData("KognitosGen.CodeFixes.dll")]
    public void Analyzer_assemblies_reference_only_netstandard_and_roslyn_at_or_below_the_floor(string file)
    {
        using var reader = new PEReader(new MemoryStream(package.Read(AnalyzerFolder + file)));
        var metadata = reader.GetMetadataReader();
        var references = metadata.AssemblyReferences.Select(handle => metadata.GetAssemblyReference(handle))
            .Select(reference => (Name: metadata.GetString(reference.Name), reference.Version)).ToList();

        Assert.Contains(references, r => r.Name == "netstandard");
        foreach (var (name, version) in references)
        {
            var allowed = name == "netstandard"
                || (name.StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal) && version <= RoslynFloor)
                // Roslyn 4.8's own dependencies, which every compiler from the floor on loads.
                || (name is "System.Collections.Immutable" or "System.Reflection.Metadata" && version <= RoslynFloorDependencies)
                // Code fixes export themselves through MEF attributes; the IDE supplies System.Composition.
                || (file == "KognitosGen.CodeFixes.dll" && name.StartsWith("System.Composition", StringComparison.Ordinal) && version <= new Version(8, 0, 0, 0));
            Assert.True(allowed, $"{file} references {name} {version}");
        }
    }

    // The string literals an assembly's code uses.
    private static List<string> UserStrings(byte[] assembly)
    {
        using var pe = new PEReader(new MemoryStream(assembly));
        var reader = pe.GetMetadataReader();
        var strings = new List<string>();
        for (var handle = MetadataTokens.UserStringHandle(1); !handle.IsNil; handle = reader.GetNextHandle(handle))
            strings.Add(reader.GetUserString(handle));
        return strings;
    }
}
