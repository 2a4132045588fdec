using System;
using System.Collections.Generic;
using KognitosGen.Validation;

namespace KognitosGen;

/// <summary>How <see cref="KognitosClient.WaitForCompletionAsync(string, KognitosPollingOptions?, System.Threading.CancellationToken)"/> polls a run.</summary>
public sealed class KognitosPollingOptions
{
    /// <summary>The delay before the second poll. Default 500 ms.</summary>
    public TimeSpan InitialInterval { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>The longest delay between polls. Default 10 s.</summary>
    public TimeSpan MaxInterval { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How much each delay grows over the one before. Default 2.</summary>
    public double Multiplier { get; set; } = 2.0;

    /// <summary>The fraction (0 to 1) by which each delay is randomly shortened or lengthened. Default 0.2.</summary>
    public double Jitter { get; set; } = 0.2;

    /// <summary>The longest the whole wait may take. Default 30 minutes.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>
    /// Whether concurrent waits on runs of one process (agent, process, stage) share one polling loop of this client:
    /// it lists the process's runs (<c>GET /v2/runs</c>, newest first, 100 a page, only as deep as the oldest run waited
    /// on) and updates every wait from that one answer, each wait keeping its own intervals, timeout and cancellation.
    /// A run that ends is read once with <c>GET /v2/runs/{run_id}</c> when the list leaves its outputs out; a run the
    /// list does not show is polled on its own. Default true; false polls each run with its own GETs.
    /// </summary>
    public bool CoalesceWaits { get; set; } = true;

    internal void Validate()
    {
        var problems = new List<OptionProblem>();
        OptionRules.Check(this, "Polling.", problems);
        OptionRules.ThrowIfAny(problems, "", "polling");
    }

    internal KognitosPollingOptions Clone() => (KognitosPollingOptions)MemberwiseClone();
}
