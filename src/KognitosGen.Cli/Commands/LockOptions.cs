using System.CommandLine;
using System.IO;
using KognitosGen.Cli.SchemaLock;

namespace KognitosGen.Cli.Commands;

/// <summary>Options and helpers shared by the commands that read the schema lock.</summary>
internal static class LockOptions
{
    public static Option<string> LockPath() => new("--lock", "-l")
    {
        Description = $"The schema lock to read (default {SchemaLockFile.DefaultFileName}).",
        HelpName = "path",
        DefaultValueFactory = _ => SchemaLockFile.DefaultFileName,
    };

    public static Option<int> Runs(string description)
    {
        var option = new Option<int>("--runs") { Description = description, HelpName = "count", DefaultValueFactory = _ => 10 };
        option.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 0)
                result.AddError("--runs must be 0 or more.");
        });
        return option;
    }

    /// <summary>The lock at <paramref name="path"/>, or null when there is no such file.</summary>
    public static SchemaLockFile? ReadIfExists(string path) => File.Exists(path) ? SchemaLockReader.ReadFile(path) : null;
}
