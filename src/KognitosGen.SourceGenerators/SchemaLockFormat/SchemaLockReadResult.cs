namespace KognitosGen.SourceGenerators.SchemaLockFormat;

/// <summary>A lock read from text: its content, or why it could not be read. Exactly one is set.</summary>
internal sealed class SchemaLockReadResult
{
    private SchemaLockReadResult(SchemaLockDocument? document, SchemaLockError? error)
    {
        Document = document;
        Error = error;
    }

    public SchemaLockDocument? Document { get; }

    public SchemaLockError? Error { get; }

    public static SchemaLockReadResult Read(SchemaLockDocument document) => new(document, null);

    public static SchemaLockReadResult Failed(SchemaLockError error) => new(null, error);
}
