using System.Reflection;
using Microsoft.CodeAnalysis;

namespace KognitosGen.Benchmarks.Generator;

/// <summary>
/// The System.Text.Json source generator as the SDK ships it: found at run time in the targeting pack's analyzers
/// folder under the running dotnet, loaded into this process, and created through reflection.
/// </summary>
public static class SystemTextJsonGenerator
{
    private const string AssemblyFile = "System.Text.Json.SourceGeneration.dll";

    private static readonly Lazy<Type> GeneratorType = new(() =>
    {
        var assembly = Assembly.LoadFrom(FindAssembly());
        return assembly.GetTypes().Single(type => typeof(IIncrementalGenerator).IsAssignableFrom(type) && !type.IsAbstract);
    });

    public static IIncrementalGenerator Create() => (IIncrementalGenerator)Activator.CreateInstance(GeneratorType.Value)!;

    /// <summary>Where the generator was loaded from, relative to the dotnet root.</summary>
    public static string Describe() => Path.GetRelativePath(DotnetRoot(), FindAssembly());

    private static string FindAssembly()
    {
        var packs = Path.Combine(DotnetRoot(), "packs", "Microsoft.NETCore.App.Ref");
        var runtime = Environment.Version;
        // The targeting pack of the running runtime's major version, newest first.
        var candidate = Directory.Exists(packs)
            ? Directory.GetDirectories(packs)
                .Select(directory => (Directory: directory, Version: Version.TryParse(Path.GetFileName(directory).Split('-')[0], out var v) ? v : null))
                .Where(pack => pack.Version is not null && pack.Version.Major == runtime.Major)
                .OrderByDescending(pack => pack.Version)
                .Select(pack => Path.Combine(pack.Directory, "analyzers", "dotnet", "cs", AssemblyFile))
                .FirstOrDefault(File.Exists)
            : null;
        return candidate ?? throw new FileNotFoundException(
            $"{AssemblyFile} was not found under {packs}; the System.Text.Json anchor needs the .NET {runtime.Major} SDK's targeting pack.");
    }

    private static string DotnetRoot()
    {
        var fromEnvironment = Environment.GetEnvironmentVariable("DOTNET_ROOT");
        if (!string.IsNullOrEmpty(fromEnvironment) && Directory.Exists(Path.Combine(fromEnvironment, "packs")))
            return fromEnvironment;
        // <root>/shared/Microsoft.NETCore.App/<version>/System.Private.CoreLib.dll
        var runtimeDirectory = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        return Path.GetFullPath(Path.Combine(runtimeDirectory, "..", "..", ".."));
    }
}
