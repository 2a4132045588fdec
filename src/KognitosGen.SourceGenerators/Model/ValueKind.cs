namespace KognitosGen.SourceGenerators.Model;

/// <summary>How the generated code writes and reads one value.</summary>
internal enum ValueKind
{
    String,
    Boolean,
    Byte,
    SByte,
    Int16,
    UInt16,
    Int32,
    UInt32,
    Int64,
    UInt64,
    Single,
    Double,
    Decimal,
    DateTime,
    DateTimeOffset,
    DateOnly,
    TimeOnly,
    TimeSpan,
    Guid,
    Uri,
    Enum,
    JsonElement,

    /// <summary>A sequence of <see cref="TypeSpec.Element"/>: an array or a list-like type.</summary>
    Collection,

    /// <summary>A string-keyed dictionary of <see cref="TypeSpec.Element"/>.</summary>
    Dictionary,

    /// <summary>A user type read and written through the process's JsonSerializerContext.</summary>
    User,
}
