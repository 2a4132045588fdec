namespace KognitosGen.Waiting;

/// <summary>What one shared polling loop lists: the runs of one process of one agent, in one stage.</summary>
internal readonly record struct WatchedProcess(string AgentId, string ProcessId, KognitosStage Stage)
{
    /// <summary>The process of <paramref name="run"/>; null when the run does not say (then it is polled on its own).</summary>
    /// <remarks>The IDs are made for the key, not kept on <paramref name="run"/>, which its caller may hold long after.</remarks>
    public static WatchedProcess? Of(KognitosRun run) =>
        run.AgentIdUnkept is { Length: > 0 } agentId && run.ProcessIdUnkept is { Length: > 0 } processId
            ? new WatchedProcess(agentId, processId, run.Stage)
            : null;
}
