using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace KognitosGen;

/// <summary>
/// A run's outputs could not be bound to the properties of its process class: facts are missing, ambiguous or
/// of the wrong shape. Every such fact is listed, not only the first.
/// </summary>
public sealed class KognitosBindingException : Exception
{
    /// <summary>Reports that <paramref name="run"/>'s outputs could not be bound.</summary>
    /// <param name="run">The run whose outputs were read.</param>
    /// <param name="errors">Every fact that could not be bound; at least one.</param>
    public KognitosBindingException(KognitosRun run, IReadOnlyList<KognitosBindingError> errors)
        : this(run ?? throw new ArgumentNullException(nameof(run)), (errors ?? throw new ArgumentNullException(nameof(errors))).ToArray())
    {
    }

    private KognitosBindingException(KognitosRun run, KognitosBindingError[] errors)
        : base(Describe(run, errors))
    {
        Run = run;
        Errors = errors;
    }

    /// <summary>
    /// The run as the client last saw it: Succeeded, as the read whose outputs failed to bind returned it, raw
    /// response included (<see cref="KognitosRun.Outputs"/> lists every output it returned, by name).
    /// </summary>
    public KognitosRun Run { get; }

    /// <summary>Every fact that could not be bound, in the order of the process class's properties.</summary>
    public IReadOnlyList<KognitosBindingError> Errors { get; }

    // One header line, then one line per error.
    private static string Describe(KognitosRun run, KognitosBindingError[] errors)
    {
        var text = new StringBuilder();
        text.Append("Kognitos run ").Append(run.Id).Append(" (process ").Append(run.ProcessId).Append(") outputs could not be bound:");
        foreach (var error in errors)
            text.Append(Environment.NewLine).Append(error);
        return text.ToString();
    }
}
