using System;
using System.Collections.Generic;
using System.Linq;

namespace KognitosGen.Emulator;

/// <summary>A scenario that cannot be read or makes no sense; the message names the source and each problem.</summary>
public sealed class ScenarioException : Exception
{
    /// <summary>Creates the exception for <paramref name="source"/> with its <paramref name="problems"/>.</summary>
    public ScenarioException(string source, IReadOnlyList<string> problems, Exception? innerException = null)
        : base(Format(source, problems), innerException)
    {
        ScenarioSource = source;
        Problems = problems;
    }

    /// <summary>Creates the exception with a message only.</summary>
    public ScenarioException(string message)
        : this("scenario", [message])
    {
    }

    /// <summary>Creates an empty exception.</summary>
    public ScenarioException()
        : this("scenario", ["the scenario is invalid"])
    {
    }

    /// <summary>Creates the exception with a message and the error that caused it.</summary>
    public ScenarioException(string message, Exception innerException)
        : this("scenario", [message], innerException)
    {
    }

    /// <summary>Names where the scenario came from: a file path, "scenario JSON" or "scenario".</summary>
    public string ScenarioSource { get; }

    /// <summary>Each problem found, e.g. "agents[0].processes[1].id: must match ^[a-zA-Z0-9_-]+$".</summary>
    public IReadOnlyList<string> Problems { get; }

    private static string Format(string source, IReadOnlyList<string> problems) =>
        problems.Count == 1
            ? $"Scenario '{source}' is invalid: {problems[0]}"
            : $"Scenario '{source}' is invalid:{string.Concat(problems.Select(p => Environment.NewLine + "  - " + p))}";
}
