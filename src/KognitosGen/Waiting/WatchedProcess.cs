namespace KognitosGen.Waiting;

/// <summary>What one shared polling loop lists: the runs of one process of one agent, in one stage.</summary>
internal readonly record struct WatchedProcess(string AgentId, string ProcessId, KognitosStage Stage)
{
    /// <summary>The process of <paramref name="run"/>; null when the run does not say (then it is polled on its own).</summary>
    public static WatchedProcess? Of(KognitosRun run) =>
        run.AgentId.Length == 0 || run.ProcessId.Length == 0 ? null : new WatchedProcess(run.AgentId, run.ProcessId, run.Stage);
}
