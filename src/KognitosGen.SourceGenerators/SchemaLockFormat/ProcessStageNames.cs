namespace KognitosGen.SourceGenerators.SchemaLockFormat;

/// <summary>
/// The stage names of the lock format (a process's <c>stage</c>), spelled as <c>GET /v2/processes</c> returns them:
/// the one list the analyzers and the command-line tool read and write them from.
/// </summary>
internal static class ProcessStageNames
{
    public const string Draft = "Draft";
    public const string Published = "Published";

    /// <summary>Whether version 1 knows the stage (exact spelling: the lock is written from the API's).</summary>
    public static bool IsKnown(string stage) => stage is Draft or Published;

    /// <summary>Every stage version 1 knows, for messages.</summary>
    public static string Known => $"\"{Draft}\" or \"{Published}\"";
}
