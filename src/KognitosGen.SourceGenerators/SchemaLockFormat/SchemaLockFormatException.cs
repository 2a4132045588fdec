using System;

namespace KognitosGen.SourceGenerators.SchemaLockFormat;

/// <summary>Valid JSON that is not a version 1 lock; thrown inside the reader only and returned as its error.</summary>
internal sealed class SchemaLockFormatException : Exception
{
    public SchemaLockFormatException(int line, string member, string problem)
        : base(problem) => Error = new SchemaLockError(line, member, problem);

    public SchemaLockError Error { get; }
}
