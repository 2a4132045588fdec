using Microsoft.CodeAnalysis;

namespace KognitosGen.ReliabilityTests.Fuzzing.Checking;

/// <summary>The diagnostic IDs that mean a generator or analyzer threw.</summary>
public static class CrashDiagnostics
{
    /// <summary>A generator failed to initialize.</summary>
    public const string GeneratorInitializationFailed = "CS8784";

    /// <summary>A generator threw while generating; its output for the whole compilation is lost.</summary>
    public const string GeneratorFailed = "CS8785";

    /// <summary>An analyzer threw.</summary>
    public const string AnalyzerFailed = "AD0001";

    /// <summary>KognitosGen's own "internal error": an exception the generator caught and turned into a diagnostic.</summary>
    public const string KognitosInternalError = "KOG9999";

    public static bool IsGeneratorCrash(Diagnostic diagnostic) =>
        diagnostic.Id is GeneratorInitializationFailed or GeneratorFailed or KognitosInternalError;
}
