using System;

namespace KognitosGen.Cli.SchemaLock;

/// <summary>A lock that cannot be read; says which file, which line and which member, like a compiler would.</summary>
internal sealed class SchemaLockException(string file, int line, string member, string problem)
    : Exception($"{file}:{line}: {(member.Length == 0 ? "the document" : member)}: {problem}")
{
    public string File { get; } = file;

    /// <summary>The 1-based line of the token at fault.</summary>
    public int Line { get; } = line;

    /// <summary>The JSON path of the member at fault, e.g. <c>agents[0].processes[1].stage</c>; empty for the document.</summary>
    public string Member { get; } = member;
}
