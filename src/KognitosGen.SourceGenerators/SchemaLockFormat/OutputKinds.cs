using System;

namespace KognitosGen.SourceGenerators.SchemaLockFormat;

/// <summary>The JSON kinds a lock records for an output fact (its <c>kinds</c> member).</summary>
[Flags]
internal enum OutputKinds
{
    None = 0,
    Array = 1 << 0,
    Boolean = 1 << 1,
    Integer = 1 << 2,
    Number = 1 << 3,
    Null = 1 << 4,
    Object = 1 << 5,
    String = 1 << 6,

    /// <summary>A string that parsed as an ISO 8601 date-time every time.</summary>
    DateTime = 1 << 7,

    /// <summary>A string that parsed as an ISO 8601 date every time.</summary>
    Date = 1 << 8,
}
