namespace KognitosGen;

/// <summary>A run that succeeded, with its outputs bound onto the typed process.</summary>
/// <typeparam name="TProcess">The process class.</typeparam>
public sealed class KognitosRunResult<TProcess>
    where TProcess : class, IKognitosProcess
{
    internal KognitosRunResult(TProcess process, KognitosRun run)
    {
        Process = process;
        Run = run;
    }

    /// <summary>The process, its output properties set.</summary>
    public TProcess Process { get; }

    /// <summary>The finished run as the API returned it, raw JSON included.</summary>
    public KognitosRun Run { get; }
}
