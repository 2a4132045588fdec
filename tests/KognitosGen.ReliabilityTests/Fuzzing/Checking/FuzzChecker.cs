using System.Collections.Immutable;
using KognitosGen.SourceGenerators;
using KognitosGen.SourceGenerators.Analyzers;
using KognitosGen.SourceGenerators.Analyzers.LockChecks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace KognitosGen.ReliabilityTests.Fuzzing.Checking;

/// <summary>
/// Runs the generator and the analyzers (with a schema lock of the corpus's agent) over inputs and reports every exception they raise. One checker per
/// thread: it keeps one generator driver per set of build properties and feeds it each new compilation in turn,
/// so the generator's incremental (cached) paths run as they do in an IDE.
/// </summary>
/// <remarks>
/// The generator runs once per input, on a compilation of that input alone. The analyzers run once per batch,
/// on one compilation of all the batch's inputs (each its own tree): a CompilationWithAnalyzers costs about as
/// much to set up as to analyse a small tree, so per-input compilations made the analyzers two thirds of the
/// run. When a batch fails, each of its inputs is analysed alone to name the culprit. The analyzers see the
/// inputs without generated trees: they skip generated code and read only the user's declarations.
/// </remarks>
public sealed class FuzzChecker
{
    private readonly Dictionary<CompilationFlavour, CSharpCompilation> _emptyCompilations;
    private readonly GeneratorDriver[] _drivers;
    private readonly AnalyzerOptions[] _analyzerOptions;
    private readonly ImmutableArray<DiagnosticAnalyzer> _analyzers;

    /// <summary>A checker of KognitosGen's generator and its three analyzers.</summary>
    public FuzzChecker()
        : this(new KognitosProcessGenerator(), [new KognitosProcessAnalyzer(), new LiteralApiKeyAnalyzer(), new SchemaLockAnalyzer()])
    {
    }

    /// <summary>A checker of other components, to prove that it notices when they throw.</summary>
    public FuzzChecker(IIncrementalGenerator generator, ImmutableArray<DiagnosticAnalyzer> analyzers)
    {
        _analyzers = analyzers;
        _emptyCompilations = CompilationFlavour.All.ToDictionary(f => f, FuzzCompilation.CreateEmpty);
        var providers = BuildPropertySets.All.Select(p => new BuildPropertiesProvider(p)).ToArray();
        _drivers = providers
            .Select(provider => (GeneratorDriver)CSharpGeneratorDriver.Create(
                [generator.AsSourceGenerator()],
                parseOptions: FuzzCompilation.ParseOptions,
                optionsProvider: provider,
                driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: false)))
            .ToArray();
        // A lock of the corpus's agent, so the schema rules meet every mutated class too.
        var schemaLock = new Locks.InMemoryLock(Locks.FuzzLock.Path, Locks.FuzzLock.Text);
        _analyzerOptions = providers.Select(provider => new AnalyzerOptions([schemaLock], provider)).ToArray();
    }

    public int GeneratorRuns { get; private set; }

    /// <summary>Inputs the analyzers have analysed (in batches).</summary>
    public int AnalyzerPasses { get; private set; }

    public int AnalyzerBatches { get; private set; }

    /// <summary>Time spent in the generator driver, parsing and compilation set-up included.</summary>
    public TimeSpan GeneratorTime { get; private set; }

    /// <summary>Time spent running the analyzers.</summary>
    public TimeSpan AnalyzerTime { get; private set; }

    /// <summary>Every exception the generator or an analyzer raised for <paramref name="input"/>; empty when none.</summary>
    public IReadOnlyList<FuzzProblem> Check(FuzzInput input, CancellationToken cancellationToken) =>
        CheckBatch([input], cancellationToken)[0];

    /// <summary>
    /// The exceptions raised for each of <paramref name="inputs"/>, which must share their compilation options
    /// and build properties (as the inputs of one batch of <see cref="FuzzInputFactory"/> do).
    /// </summary>
    public IReadOnlyList<IReadOnlyList<FuzzProblem>> CheckBatch(IReadOnlyList<FuzzInput> inputs, CancellationToken cancellationToken)
    {
        if (inputs.Select(i => (i.Flavour, i.BuildPropertySet)).Distinct().Count() != 1)
            throw new ArgumentException("A batch must share its compilation options and build properties.", nameof(inputs));

        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var empty = _emptyCompilations[inputs[0].Flavour];
        var trees = inputs.Select(i => FuzzCompilation.Parse(i.Source, $"Fuzzed{i.Index}.cs")).ToArray();
        var problems = inputs.Select(_ => new List<FuzzProblem>()).ToArray();
        for (var i = 0; i < inputs.Count; i++)
            RunGenerator(empty.AddSyntaxTrees(trees[i]), inputs[i].BuildPropertySet, problems[i], cancellationToken);
        var generated = System.Diagnostics.Stopwatch.GetTimestamp();

        var batchProblems = RunAnalyzers(empty.AddSyntaxTrees(trees), inputs[0].BuildPropertySet, cancellationToken);
        AnalyzerPasses += inputs.Count;
        AnalyzerBatches++;
        if (batchProblems.Count > 0)
            Attribute(batchProblems, inputs, empty, trees, problems, cancellationToken);

        GeneratorTime += System.Diagnostics.Stopwatch.GetElapsedTime(started, generated);
        AnalyzerTime += System.Diagnostics.Stopwatch.GetElapsedTime(generated);
        return problems;
    }

    /// <summary>Finds which inputs of a failed batch fail alone; when none does, the batch's failure goes to all of them.</summary>
    private void Attribute(
        List<FuzzProblem> batchProblems, IReadOnlyList<FuzzInput> inputs, CSharpCompilation empty, SyntaxTree[] trees,
        List<FuzzProblem>[] problems, CancellationToken cancellationToken)
    {
        var found = false;
        for (var i = 0; i < inputs.Count; i++)
        {
            var alone = RunAnalyzers(empty.AddSyntaxTrees(trees[i]), inputs[i].BuildPropertySet, cancellationToken);
            problems[i].AddRange(alone);
            found |= alone.Count > 0;
        }

        if (found)
            return;
        var others = $" (only together with inputs {inputs[0].Index} to {inputs[^1].Index} in one compilation)";
        foreach (var list in problems)
            list.AddRange(batchProblems.Select(p => p with { Description = p.Description + others }));
    }

    private void RunGenerator(Compilation compilation, int propertySet, List<FuzzProblem> problems, CancellationToken cancellationToken)
    {
        try
        {
            _drivers[propertySet] = _drivers[propertySet].RunGenerators(compilation, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            problems.Add(new FuzzProblem("generator driver", exception.ToString()));
            return;
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
    }

    private List<FuzzProblem> RunAnalyzers(Compilation compilation, int propertySet, CancellationToken cancellationToken)
    {
        var problems = new List<FuzzProblem>();
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

        problems.AddRange(thrown);
        return problems;
    }
}
