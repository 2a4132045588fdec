namespace KognitosGen.Emulator;

/// <summary>How run status words are spelled.</summary>
public enum StatusWordStyle
{
    /// <summary><c>Succeeded</c>, <c>TimedOut</c> (the default; as documented).</summary>
    Documented,

    /// <summary><c>succeeded</c>, <c>timedout</c>.</summary>
    Lowercase,

    /// <summary><c>SUCCEEDED</c>, <c>TIMEDOUT</c>.</summary>
    Uppercase,

    /// <summary><c>SUCCEEDED</c>, <c>TIMED_OUT</c>, <c>AWAITING_GUIDANCE</c>.</summary>
    UpperSnakeCase,
}
