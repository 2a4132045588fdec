using KognitosGen.SourceGenerators.Analyzers.LockChecks;
using Microsoft.CodeAnalysis.Testing;

namespace KognitosGen.Analyzers.Tests.SchemaLock;

/// <summary>Runs <see cref="SchemaLockAnalyzer"/> over markup source with a lock among the additional files.</summary>
internal static class SchemaLockTest
{
    public static AnalyzerTest<SchemaLockAnalyzer> Create(string source, string? lockText = TestLocks.Standard, string lockPath = TestLocks.Path, string? globalConfig = null)
    {
        var test = new AnalyzerTest<SchemaLockAnalyzer>("using KognitosGen;\n" + source, globalConfig);
        if (lockText is not null)
            test.TestState.AdditionalFiles.Add((lockPath, lockText));
        return test;
    }

    public static Task Verify(string source, string? lockText = TestLocks.Standard, string lockPath = TestLocks.Path, string? globalConfig = null) =>
        Create(source, lockText, lockPath, globalConfig).RunAsync();

    public static Task VerifyWith(string source, params DiagnosticResult[] expected) => VerifyWith(source, TestLocks.Standard, expected);

    public static Task VerifyWith(string source, string lockText, params DiagnosticResult[] expected)
    {
        var test = Create(source, lockText);
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }
}
