namespace KognitosGen.SourceGenerators.SchemaLock;

/// <summary>Why a lock cannot be read: where (line, and the member's path such as <c>agents[0].processes[1].stage</c>) and what.</summary>
internal sealed class SchemaLockError
{
    public SchemaLockError(int line, string member, string problem)
    {
        Line = line;
        Member = member;
        Problem = problem;
    }

    /// <summary>1-based.</summary>
    public int Line { get; }

    /// <summary>The member's path; "(document)" for the top-level value, "(not JSON)" when the text is not strict JSON.</summary>
    public string Member { get; }

    public string Problem { get; }
}
