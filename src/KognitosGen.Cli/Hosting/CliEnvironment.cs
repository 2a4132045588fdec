using System;
using System.IO;

namespace KognitosGen.Cli;

/// <summary>
/// What a command reads from and writes to outside its arguments: environment variables, standard output and
/// error, and whether a person is watching. Tests pass their own, so they never change the process environment.
/// </summary>
internal sealed class CliEnvironment(Func<string, string?> variables, TextWriter output, TextWriter error, bool isInteractive)
{
    /// <summary>The real process: its environment, console, and a terminal unless output is redirected.</summary>
    public static CliEnvironment FromProcess() =>
        new(Environment.GetEnvironmentVariable, Console.Out, Console.Error, !Console.IsOutputRedirected);

    /// <summary>Where results go (tables, JSON, outputs).</summary>
    public TextWriter Output { get; } = output;

    /// <summary>Where errors and progress go.</summary>
    public TextWriter Error { get; } = error;

    /// <summary>Whether a person watches a terminal; progress is shown only then, so scripts see results only.</summary>
    public bool IsInteractive { get; } = isInteractive;

    /// <summary>An environment variable, or null when it is unset or blank.</summary>
    public string? Variable(string name)
    {
        var value = variables(name);
        return string.IsNullOrWhiteSpace(value) ? null : value.Trim();
    }

    /// <summary>Writes a progress line to standard error when a person is watching; nothing otherwise.</summary>
    public void Progress(string message)
    {
        if (IsInteractive)
            Error.WriteLine(message);
    }
}
