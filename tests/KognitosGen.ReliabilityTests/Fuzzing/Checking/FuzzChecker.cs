using System.Collections.Immutable;
using KognitosGen.SourceGenerators;
using KognitosGen.SourceGenerators.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace KognitosGen.ReliabilityTests.Fuzzing.Checking;

/// <summary>
/// Runs the generator and both analyzers over inputs and reports every exception they raise. One checker per
/// thread: it keeps one generator driver per set of build properties and feeds it each new compilation in turn,
/// so the generator's incremental (cached) paths run as they do in an IDE.
/// </summary>
public sealed class FuzzChecker
{
    private readonly Dictionary<CompilationFlavour, CSharpCompilation> _emptyCompilations;
    private readonly GeneratorDriver[] _drivers;
    private readonly AnalyzerOptions[] _analyzerOptions;
    private readonly ImmutableArray<DiagnosticAnalyzer> _analyzers = [new KognitosProcessAnalyzer(), new LiteralApiKeyAnalyzer()];

    public FuzzChecker()
    {
        _emptyCompilations = CompilationFlavour.All.ToDictionary(f => f, FuzzCompilation.CreateEmpty);
        var providers = BuildPropertySets.All.Select(p => new BuildPropertiesProvider(p)).ToArray();
        _drivers = providers
            .Select(provider => (GeneratorDriver)CSharpGeneratorDriver.Create(
                [new KognitosProcessGenerator().AsSourceGenerator()],
                parseOptions: FuzzCompilation.ParseOptions,
                optionsProvider: provider,
                driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: false)))
            .ToArray();
        _analyzerOptions = providers.Select(provider => new AnalyzerOptions([], provider)).ToArray();
    }

    public int GeneratorRuns { get; private set; }

    public int AnalyzerPasses { get; private set; }

    /// <summary>Every exception the generator or an analyzer raised for <paramref name="input"/>; empty when none.</summary>
    public IReadOnlyList<FuzzProblem> Check(FuzzInput input, CancellationToken cancellationToken)
    {
        var problems = new List<FuzzProblem>();
        var compilation = _emptyCompilations[input.Flavour].AddSyntaxTrees(FuzzCompilation.Parse(input.Source));
        var output = RunGenerator(compilation, input.BuildPropertySet, problems, cancellationToken);
        RunAnalyzers(output, input.BuildPropertySet, problems, cancellationToken);
        return problems;
    }

    private Compilation RunGenerator(Compilation compilation, int propertySet, List<FuzzProblem> problems, CancellationToken cancellationToken)
    {
        Compilation output;
        try
        {
            _drivers[propertySet] = _drivers[propertySet].RunGeneratorsAndUpdateCompilation(compilation, out output, out var diagnostics, cancellationToken);
            problems.AddRange(diagnostics.Where(CrashDiagnostics.IsGeneratorCrash).Select(d => new FuzzProblem("generator", d.ToString())));
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            problems.Add(new FuzzProblem("generator driver", exception.ToString()));
            return compilation;
        }
        finally
        {
            GeneratorRuns++;
        }

        var run = _drivers[propertySet].GetRunResult();
        foreach (var result in run.Results)
        {
            if (result.Exception is { } exception)
                problems.Add(new FuzzProblem("generator", exception.ToString()));
            problems.AddRange(result.Diagnostics.Where(CrashDiagnostics.IsGeneratorCrash).Select(d => new FuzzProblem("generator", d.ToString())));
        }

        problems.AddRange(run.Diagnostics.Where(CrashDiagnostics.IsGeneratorCrash).Select(d => new FuzzProblem("generator run", d.ToString())));
        return output;
    }

    private void RunAnalyzers(Compilation compilation, int propertySet, List<FuzzProblem> problems, CancellationToken cancellationToken)
    {
        var thrown = new List<FuzzProblem>();
        var options = new CompilationWithAnalyzersOptions(
            _analyzerOptions[propertySet],
            onAnalyzerException: (exception, analyzer, _) =>
            {
                lock (thrown)
                    thrown.Add(new FuzzProblem("analyzer " + analyzer.GetType().Name, exception.ToString()));
            },
            concurrentAnalysis: false,
            logAnalyzerExecutionTime: false);
        try
        {
            var diagnostics = compilation.WithAnalyzers(_analyzers, options).GetAnalyzerDiagnosticsAsync(cancellationToken).GetAwaiter().GetResult();
            problems.AddRange(diagnostics.Where(d => d.Id == CrashDiagnostics.AnalyzerFailed).Select(d => new FuzzProblem("analyzers", d.ToString())));
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            problems.Add(new FuzzProblem("analyzer driver", exception.ToString()));
        }
        finally
        {
            AnalyzerPasses++;
        }

        problems.AddRange(thrown);
    }
}
