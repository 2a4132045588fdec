using System.Reflection;

namespace KognitosGen.Cli;

/// <summary>
/// What <c>kognitos --version</c> prints, read as System.CommandLine's version option reads it (the entry assembly's
/// informational version, else its version), so that <c>--version</c> alone is answered before the command tree is
/// built: building it was most of the tool's start-up beyond the runtime's own.
/// </summary>
internal static class CliVersion
{
    public static string Text
    {
        get
        {
            var assembly = Assembly.GetEntryAssembly() ?? typeof(CliVersion).Assembly;
            return assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
                ?? assembly.GetName().Version?.ToString()
                ?? "";
        }
    }

    /// <summary>Whether the command line asks for the version and nothing else.</summary>
    public static bool IsAlone(System.Collections.Generic.IReadOnlyList<string> args) => args is ["--version"];
}
