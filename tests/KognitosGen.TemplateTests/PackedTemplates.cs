using System.Reflection;
using KognitosGen.Testing;

namespace KognitosGen.TemplateTests;

/// <summary>
/// The templates and the packages their projects use, packed once per test run from this build's outputs (no
/// rebuild) into a folder feed, and installed into a template hive of their own: nothing reaches the user's
/// `dotnet new` list, and the generated projects restore from the feed and the package cache only.
/// </summary>
public sealed class PackedTemplates : IAsyncLifetime
{
#if DEBUG
    public const string Configuration = "Debug";
#else
    public const string Configuration = "Release";
#endif

    private static readonly string[] Projects =
    [
        "templates/KognitosGen.Templates.csproj",
        "src/KognitosGen/KognitosGen.csproj",
        "src/KognitosGen.Extensions.DependencyInjection/KognitosGen.Extensions.DependencyInjection.csproj",
        "src/KognitosGen.Testing/KognitosGen.Testing.csproj",
    ];

    public string Root { get; } = Path.Combine(Path.GetTempPath(), "kognitosgen-templates-" + Guid.NewGuid().ToString("N"));

    public string Feed => Path.Combine(Root, "feed");

    public string Hive => Path.Combine(Root, "hive");

    private string Packages => Path.Combine(Root, "packages");

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(Feed);
        foreach (var project in Projects)
        {
            var (packExit, packOutput) = await DotnetCli.RunAsync(TestRepository.Root, null, "pack", Path.Combine(TestRepository.Root, project), "-c", Configuration, "--no-build", "-o", Feed, "-nologo");
            Assert.True(packExit == 0, $"dotnet pack {project} failed:\n{packOutput}");
        }

        var templates = Assert.Single(Directory.GetFiles(Feed, "KognitosGen.Templates.*.nupkg"));
        var (exitCode, output) = await New("install", templates);
        Assert.True(exitCode == 0, "dotnet new install failed:\n" + output);

        var cache = typeof(PackedTemplates).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "PackageCache").Value!;
        // The repository's own build settings must not reach the generated projects.
        IsolatedConsumerFolder.Write(Root, Feed, cache);
    }

    public Task DisposeAsync()
    {
        Directory.Delete(Root, recursive: true);
        return Task.CompletedTask;
    }

    /// <summary>A new empty folder under the feed's NuGet.config, for one generated project.</summary>
    public string NewFolder(string name)
    {
        var folder = Path.Combine(Root, name);
        Directory.CreateDirectory(folder);
        return folder;
    }

    /// <summary>`dotnet new` with the arguments given, in the isolated hive.</summary>
    public Task<(int ExitCode, string Output)> New(params string[] arguments) =>
        NewIn(Root, arguments);

    /// <summary>`dotnet new` in a folder, with the arguments given, in the isolated hive.</summary>
    public Task<(int ExitCode, string Output)> NewIn(string folder, params string[] arguments) =>
        DotnetCli.RunAsync(folder, Environment(), ["new", .. arguments, "--debug:custom-hive", Hive]);

    /// <summary>Any other dotnet command, restoring into a package folder of this run's own.</summary>
    public Task<(int ExitCode, string Output)> Dotnet(string folder, params string[] arguments) =>
        DotnetCli.RunAsync(folder, Environment(), arguments);

    private Dictionary<string, string> Environment() => new() { ["NUGET_PACKAGES"] = Packages };
}

[CollectionDefinition(nameof(PackedTemplatesCollection))]
public sealed class PackedTemplatesCollection : ICollectionFixture<PackedTemplates>;
