using System.Collections.Generic;

namespace KognitosGen.Emulator;

/// <summary>
/// How a run's start arrived: through the API (its request headers, the API key left out) or the web UI, and whether
/// its answer reached the caller or a fault dropped it after the run was created.
/// </summary>
internal sealed record RunOrigin(string Source, IReadOnlyList<KeyValuePair<string, string>> Headers, bool AnswerDropped)
{
    public const string Api = "POST /v2/runs";
    public const string WebUi = "the web UI (run again)";
}
