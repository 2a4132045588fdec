using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace KognitosGen.Analyzers.Tests;

/// <summary>Runs an analyzer over C# with <c>{|KOG0001:span|}</c> markup, against .NET 8 and KognitosGen.</summary>
public sealed class AnalyzerTest<TAnalyzer> : CSharpAnalyzerTest<TAnalyzer, DefaultVerifier>
    where TAnalyzer : DiagnosticAnalyzer, new()
{
    public AnalyzerTest(string source, string? globalConfig = null, OptimizationLevel optimization = OptimizationLevel.Debug)
    {
        TestCode = source;
        ReferenceAssemblies = ReferenceAssemblies.Net.Net80;
        TestState.AdditionalReferences.Add(typeof(KognitosClient).Assembly);
        if (globalConfig is not null)
            TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\n" + globalConfig));
        SolutionTransforms.Add((solution, projectId) =>
        {
            var project = solution.GetProject(projectId)!;
            return solution.WithProjectCompilationOptions(projectId, project.CompilationOptions!.WithOptimizationLevel(optimization));
        });
    }
}

/// <summary>Runs a code fix (and its Fix All) over markup source and compares with the fixed source.</summary>
public sealed class CodeFixTest<TAnalyzer, TCodeFix> : CSharpCodeFixTest<TAnalyzer, TCodeFix, DefaultVerifier>
    where TAnalyzer : DiagnosticAnalyzer, new()
    where TCodeFix : CodeFixProvider, new()
{
    public CodeFixTest(string source, string fixedSource)
    {
        TestCode = source;
        FixedCode = fixedSource;
        ReferenceAssemblies = ReferenceAssemblies.Net.Net80;
        TestState.AdditionalReferences.Add(typeof(KognitosClient).Assembly);
        FixedState.AdditionalReferences.Add(typeof(KognitosClient).Assembly);
    }
}
