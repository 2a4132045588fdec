using System;

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
        OptionChecks.NotNegative(InitialInterval, "Polling.InitialInterval");
        OptionChecks.NotNegative(MaxInterval, "Polling.MaxInterval");
        OptionChecks.Positive(Timeout, "Polling.Timeout");
        if (!(Multiplier >= 1.0) || double.IsInfinity(Multiplier))
            throw new ArgumentOutOfRangeException(nameof(Multiplier), Multiplier, "Polling.Multiplier must be a finite number of at least 1.");
        if (!(Jitter >= 0.0 && Jitter <= 1.0))
            throw new ArgumentOutOfRangeException(nameof(Jitter), Jitter, "Polling.Jitter must be between 0 and 1.");
    }

    internal KognitosPollingOptions Clone() => (KognitosPollingOptions)MemberwiseClone();
}
