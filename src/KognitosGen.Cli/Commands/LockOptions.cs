using System.CommandLine;
using System.IO;
using KognitosGen.Cli.SchemaLock;

namespace KognitosGen.Cli.Commands;

/// <summary>Options and helpers shared by the commands that read the schema lock.</summary>
internal static class LockOptions
{
    public static Option<string> LockPath() => new("--lock", "-l")
    {
        Description = $"The schema lock to read (default {SchemaLockFile.DefaultFileName}; a lock named here must exist).",
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
    public static SchemaLockFile? ReadIfExists(string path) => File.Exists(path) ? LockFileReader.ReadFile(path) : null;

    /// <summary>
    /// The lock <paramref name="option"/> names. Without <c>--lock</c>, a missing default lock is null (the command
    /// falls back to what it can do without one); a lock named with <c>--lock</c> that does not exist is an error,
    /// since a mistyped path would otherwise pass silently for "no lock".
    /// </summary>
    public static SchemaLockFile? Read(CommandContext context, Option<string> option)
    {
        var path = context.Value(option)!;
        if (context.Parse.GetResult(option) is { Implicit: false } && !File.Exists(path))
            throw new CliException(ExitCodes.LocalFile, $"the lock '{path}' named with --lock does not exist; run kognitos pull -o {path} first, or leave --lock out.");
        return ReadIfExists(path);
    }
}
