namespace KognitosGen.SourceGenerators.SchemaLockFormat;

/// <summary>Why a lock cannot be read: where (line, and the member's path such as <c>agents[0].processes[1].stage</c>) and what.</summary>
internal sealed class SchemaLockError
{
    /// <summary>The member named when the text is not strict JSON (so no member can be told).</summary>
    public const string NotJson = "(not JSON)";

    /// <summary>The member named when the top-level value is not an object.</summary>
    public const string Document = "(document)";

    public SchemaLockError(int line, string member, string problem)
    {
        Line = line;
        Member = member;
        Problem = problem;
    }

    /// <summary>1-based.</summary>
    public int Line { get; }

    /// <summary>The member's path; <see cref="Document"/> for the top-level value, <see cref="NotJson"/> when the text is not strict JSON.</summary>
    public string Member { get; }

    public string Problem { get; }
}
