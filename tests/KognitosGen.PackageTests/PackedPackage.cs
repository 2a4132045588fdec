using KognitosGen.Testing;
using System.IO.Compression;

namespace KognitosGen.PackageTests;

/// <summary>
/// The KognitosGen package, packed once per test run from this build's outputs (no rebuild) into a folder that
/// then serves as the only package feed of the consumer projects.
/// </summary>
public sealed class PackedPackage : IAsyncLifetime
{
#if DEBUG
    public const string Configuration = "Debug";
#else
    public const string Configuration = "Release";
#endif

    public string Root { get; } = Path.Combine(Path.GetTempPath(), "kognitosgen-package-" + Guid.NewGuid().ToString("N"));

    public string Feed => Path.Combine(Root, "feed");

    public string PackagePath { get; private set; } = "";

    public IReadOnlyList<string> Entries { get; private set; } = [];

    public static string RepositoryRoot => TestRepository.Root;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(Feed);
        var project = Path.Combine(RepositoryRoot, "src", "KognitosGen", "KognitosGen.csproj");
        var (exitCode, output) = await DotnetCli.RunAsync(RepositoryRoot, null, "pack", project, "-c", Configuration, "--no-build", "-o", Feed, "-nologo");
        Assert.True(exitCode == 0, "dotnet pack failed:\n" + output);
        PackagePath = Assert.Single(Directory.GetFiles(Feed, "KognitosGen.*.nupkg"), path => !path.EndsWith(".snupkg", StringComparison.Ordinal));
        using var archive = ZipFile.OpenRead(PackagePath);
        Entries = [.. archive.Entries.Select(e => e.FullName)];
    }

    public Task DisposeAsync()
    {
        Directory.Delete(Root, recursive: true);
        return Task.CompletedTask;
    }

    public byte[] Read(string entry)
    {
        using var archive = ZipFile.OpenRead(PackagePath);
        using var stream = archive.GetEntry(entry)!.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}

[CollectionDefinition(nameof(PackedPackageCollection))]
public sealed class PackedPackageCollection : ICollectionFixture<PackedPackage>;
