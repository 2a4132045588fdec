namespace KognitosGen.RunList;

/// <summary>
/// What a <see cref="RunListSearch"/> looks for in a process's run list: it sees each page as it is read and says
/// when reading further is pointless.
/// </summary>
internal abstract class RunListSearchTarget
{
    /// <summary>How many pages the search reads at most.</summary>
    public abstract int MaxPages { get; }

    /// <summary>Looks through one page; true when the search is over (found, or no later page can help).</summary>
    public abstract bool Examine(KognitosPage<KognitosRun> page);
}
