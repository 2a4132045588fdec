namespace KognitosGen.Cli.SchemaLock;

/// <summary>A process a pull found no succeeded run of, so the lock knows none of its outputs.</summary>
/// <param name="AgentId">The agent of the process.</param>
/// <param name="ProcessId">The process ID.</param>
/// <param name="Name">The process name.</param>
/// <param name="RunsSeen">How many of its runs (of any status) the pull read.</param>
internal sealed record UnsampledProcess(string AgentId, string ProcessId, string Name, int RunsSeen)
{
    /// <summary>Why the process has no outputs in the lock, and what to do about it, in one line.</summary>
    public string Hint => RunsSeen == 0
        ? $"no run of \"{Name}\" ({ProcessId}) yet, so no outputs are known: start one (kognitos run --process {ProcessId} --wait), then pull again"
        : $"no succeeded run of \"{Name}\" ({ProcessId}) among its last {RunsSeen}, so no outputs are known: start one that succeeds, then pull again";
}
