namespace KognitosGen.Emulator;

/// <summary>The documented process stages.</summary>
public enum ProcessStage
{
    /// <summary>A process still in development.</summary>
    Draft,

    /// <summary>A production process.</summary>
    Published,
}
