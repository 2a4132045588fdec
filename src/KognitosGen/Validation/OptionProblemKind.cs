namespace KognitosGen.Validation;

/// <summary>What sort of rule a setting breaks; it picks the exception a client's constructor throws for it.</summary>
internal enum OptionProblemKind
{
    /// <summary>A number, duration or region outside its range.</summary>
    OutOfRange,

    /// <summary>A value that cannot be used as it is, such as a relative or plain-http base URL.</summary>
    Invalid,

    /// <summary>A setting that must be present and is not (the API key).</summary>
    Missing,

    /// <summary>A setting that must not be null.</summary>
    Null,
}
