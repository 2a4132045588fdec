namespace KognitosGen.RunStart;

/// <summary>What searching the run list for a start's token showed.</summary>
internal readonly struct StartSearchOutcome
{
    private StartSearchOutcome(KognitosRun? run, bool conclusive)
    {
        Run = run;
        Conclusive = conclusive;
    }

    /// <summary>The list showed no such run, as far as it reaches.</summary>
    public static StartSearchOutcome Absent => new(null, conclusive: true);

    /// <summary>The search read as many pages as it reads without getting past the start: nobody can tell.</summary>
    public static StartSearchOutcome Inconclusive => new(null, conclusive: false);

    /// <summary>The run carrying the token, when found.</summary>
    public KognitosRun? Run { get; }

    /// <summary>False when the search ran out of pages before it could tell.</summary>
    public bool Conclusive { get; }

    public static StartSearchOutcome Found(KognitosRun run) => new(run, conclusive: true);
}
