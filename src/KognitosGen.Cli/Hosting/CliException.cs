using System;

namespace KognitosGen.Cli;

/// <summary>A failure the tool explains in one line and ends with <see cref="ExitCode"/>.</summary>
internal sealed class CliException(int exitCode, string message) : Exception(message)
{
    /// <summary>One of <see cref="ExitCodes"/>.</summary>
    public int ExitCode { get; } = exitCode;
}
