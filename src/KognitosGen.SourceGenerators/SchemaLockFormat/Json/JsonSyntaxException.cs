using System;

namespace KognitosGen.SourceGenerators.SchemaLockFormat.Json;

/// <summary>Text that is not strict JSON; thrown inside the parser only and turned into a read error by the lock reader.</summary>
internal sealed class JsonSyntaxException : Exception
{
    public JsonSyntaxException(int line, string problem)
        : base(problem)
    {
        Line = line;
        Problem = problem;
    }

    /// <summary>1-based.</summary>
    public int Line { get; }

    public string Problem { get; }
}
