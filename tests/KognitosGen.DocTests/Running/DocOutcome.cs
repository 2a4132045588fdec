namespace KognitosGen.DocTests.Running;

/// <summary>What the harness did with a block beyond compiling it.</summary>
public enum DocOutcome
{
    /// <summary>Compiled (declarations, or a program or test marked compile-only).</summary>
    Compiled,

    /// <summary>Compiled and its top-level statements run against the emulator.</summary>
    RanProgram,

    /// <summary>Compiled and its [Fact] methods run.</summary>
    RanTests,

    /// <summary>Compiled line by line, each reporting exactly the KOG diagnostics its comment names.</summary>
    CheckedDiagnostics,
}
