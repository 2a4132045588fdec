namespace KognitosGen.Emulator;

/// <summary>The order <c>GET /v2/runs</c> lists a process's runs in (the docs do not say).</summary>
public enum RunListOrder
{
    /// <summary>Newest first (the default).</summary>
    NewestFirst,

    /// <summary>Oldest first: the runs started last are on the last page.</summary>
    OldestFirst,
}
