namespace KognitosGen;

/// <summary>The stage of a Kognitos process that a run executes.</summary>
public enum KognitosStage
{
    /// <summary>The published (production) version of the process. The default.</summary>
    Published = 0,

    /// <summary>The draft version, for testing a process still in development.</summary>
    Draft = 1,
}
