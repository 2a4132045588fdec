namespace KognitosGen.Emulator;

/// <summary>The status the answer to <c>POST /v2/runs</c> reports.</summary>
public enum FirstRunStatus
{
    /// <summary><c>Created</c> (the default; the schema example).</summary>
    Created,

    /// <summary><c>Pending</c>.</summary>
    Pending,
}
