using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace KognitosGen.SourceGenerators.Tests.Infrastructure;

/// <summary>One generator pass: the driver (for incremental follow-ups), its output and every diagnostic.</summary>
public sealed record GeneratorRun(GeneratorDriver Driver, Compilation Input, Compilation Output, ImmutableArray<Diagnostic> GeneratorDiagnostics)
{
    public GeneratorDriverRunResult Result => Driver.GetRunResult();

    /// <summary>The generated sources by hint name.</summary>
    public IReadOnlyDictionary<string, string> Sources =>
        Result.Results.SelectMany(r => r.GeneratedSources).ToDictionary(s => s.HintName, s => s.SourceText.ToString());

    /// <summary>Diagnostics the generator reported, plus any exception it threw (which must never happen).</summary>
    public IReadOnlyList<Diagnostic> Diagnostics => Result.Diagnostics;

    /// <summary>Errors and warnings of the whole compilation once the generated code is in it.</summary>
    public IReadOnlyList<Diagnostic> CompilationProblems =>
        Output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();

    /// <summary>The one generated file of a run that must be clean: no exception, no diagnostic, a compilation without problems.</summary>
    public string SingleCleanSource()
    {
        AssertGeneratorDidNotThrow();
        Assert.Empty(Diagnostics);
        Assert.Empty(CompilationProblems);
        return Assert.Single(Sources).Value;
    }

    public void AssertGeneratorDidNotThrow()
    {
        Assert.All(Result.Results, r => Assert.Null(r.Exception));
        Assert.DoesNotContain(GeneratorDiagnostics, d => d.Id is "CS8784" or "CS8785");
    }
}
