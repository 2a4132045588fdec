using System.IO;
using System.Linq;

namespace KognitosGen.Testing;

/// <summary>
/// Makes a folder where consumer projects restore only from the given package sources and see none of the
/// repository's build settings (empty Directory.* files stop MSBuild's search upwards).
/// </summary>
public static class IsolatedConsumerFolder
{
    public static void Write(string directory, params string[] packageSources)
    {
        Directory.CreateDirectory(directory);
        var sources = string.Concat(packageSources.Select((source, i) => $"\n    <add key=\"source{i}\" value=\"{source}\" />"));
        File.WriteAllText(Path.Combine(directory, "NuGet.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />{sources}
              </packageSources>
            </configuration>
            """);
        foreach (var file in new[] { "Directory.Build.props", "Directory.Build.targets", "Directory.Packages.props" })
            File.WriteAllText(Path.Combine(directory, file), "<Project />");
    }
}
