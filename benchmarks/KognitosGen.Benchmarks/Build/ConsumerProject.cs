using KognitosGen.Benchmarks.Generator;
using KognitosGen.SourceGenerators;

namespace KognitosGen.Benchmarks.Build;

/// <summary>
/// A consumer project in a temporary folder: N processes of the synthetic shape, referencing the KognitosGen
/// runtime and generator assemblies this program was built with, and the schema lock of those processes for the
/// analyzers to check them against. <c>-p:WithKognitosGen=false</c> builds it without the generator and analyzers (the processes compile either way; nothing calls generated members);
/// <c>-p:WithSystemTextJson=true</c> adds one System.Text.Json <c>JsonSerializerContext</c> over the same classes,
/// the anchor for what a source generator of this size may add to a compile.
/// </summary>
public sealed class ConsumerProject : IDisposable
{
    private readonly bool _keep;

    /// <param name="processes">How many process classes.</param>
    /// <param name="directory">Where to write it and keep it (for building it by hand); a temporary folder, deleted on dispose, when null.</param>
    public ConsumerProject(int processes, string? directory = null)
    {
        _keep = directory is not null;
        Directory = directory ?? Path.Combine(Path.GetTempPath(), "kognitosgen-build-benchmark-" + Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(Path.Combine(Directory, "Processes"));
        File.WriteAllText(Path.Combine(Directory, "Consumer.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>disable</ImplicitUsings>
              </PropertyGroup>
              <ItemGroup>
                <Reference Include="KognitosGen" HintPath="{typeof(KognitosClient).Assembly.Location}" />
                <Analyzer Include="{typeof(KognitosProcessGenerator).Assembly.Location}" Condition="'$(WithKognitosGen)' != 'false'" />
                <AdditionalFiles Include="kognitos.schema.json" Condition="'$(WithKognitosGen)' != 'false'" />
                <Compile Remove="Json/**" Condition="'$(WithSystemTextJson)' != 'true'" />
              </ItemGroup>
            </Project>
            """);
        // Empty files here keep the repository's own build settings out.
        File.WriteAllText(Path.Combine(Directory, "Directory.Build.props"), "<Project />");
        File.WriteAllText(Path.Combine(Directory, "Directory.Build.targets"), "<Project />");
        File.WriteAllText(Path.Combine(Directory, "Directory.Packages.props"), "<Project />");
        foreach (var (path, text) in SyntheticProject.ProcessFiles(processes).Where(file => !file.Path.StartsWith("Domain/", StringComparison.Ordinal)))
            File.WriteAllText(Path.Combine(Directory, path), text);
        File.WriteAllText(Path.Combine(Directory, "kognitos.schema.json"), ConsumerSchemaLock.Text(processes));
        System.IO.Directory.CreateDirectory(Path.Combine(Directory, "Json"));
        File.WriteAllText(Path.Combine(Directory, "Json", "ProcessesJsonContext.cs"), SyntheticProject.ProcessesJsonContext(processes));
    }

    public string Directory { get; }

    public void Dispose()
    {
        if (!_keep)
            System.IO.Directory.Delete(Directory, recursive: true);
    }
}
