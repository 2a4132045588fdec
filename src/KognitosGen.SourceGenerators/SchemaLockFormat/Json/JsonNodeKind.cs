namespace KognitosGen.SourceGenerators.SchemaLockFormat.Json;

/// <summary>The JSON value kinds the strict parser produces.</summary>
internal enum JsonNodeKind
{
    Object,
    Array,
    String,
    Number,
    True,
    False,
    Null,
}
