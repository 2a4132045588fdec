namespace KognitosGen.Emulator;

/// <summary>What list-runs items say about outputs.</summary>
public enum ListOutputsForm
{
    /// <summary><c>"outputs": null</c>, as the documented list example shows (the default).</summary>
    Null,

    /// <summary>The outputs, like <c>GET /v2/runs/{run_id}</c>.</summary>
    Included,

    /// <summary>No <c>outputs</c> member at all.</summary>
    Omitted,
}
