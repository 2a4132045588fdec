using BenchmarkDotNet.Attributes;
using KognitosGen.SourceGenerators;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace KognitosGen.Benchmarks.Generator;

/// <summary>
/// The generator through <see cref="CSharpGeneratorDriver"/> over N processes among 10×N unrelated types, beside
/// its floor and the System.Text.Json generator over N types of the same shape. Every invocation runs on a
/// compilation made just before it (a clone, or the base with one file replaced), so symbols are bound afresh as
/// in a build or after a keystroke in the IDE; drivers are immutable, so one primed driver serves every iteration.
/// </summary>
[MemoryDiagnoser]
public class GeneratorBenchmarks
{
    private CSharpCompilation _processes = null!;
    private CSharpCompilation _json = null!;
    private SyntaxTree _keystrokeTree = null!;
    private SyntaxTree _editedProcessTree = null!;
    private GeneratorDriver _ours = null!;
    private GeneratorDriver _floor = null!;
    private GeneratorDriver _emittingFloor = null!;
    private GeneratorDriver _systemTextJson = null!;
    private GeneratorDriver _oursPrimed = null!;
    private GeneratorDriver _floorPrimed = null!;
    private Compilation _next = null!;

    [Params(100, 1000)]
    public int Processes { get; set; }

    // In-process runs call GlobalSetup once per benchmark case; the expensive part (11,000 files parsed, drivers
    // primed) is the same for every case with the same N, so it is made once per N.
    private static readonly Dictionary<int, GeneratorBenchmarks> Prepared = [];

    [GlobalSetup]
    public void Setup()
    {
        if (!Prepared.TryGetValue(Processes, out var prepared))
        {
            prepared = new GeneratorBenchmarks { Processes = Processes };
            prepared.Prepare();
            Prepared[Processes] = prepared;
        }

        (_processes, _json, _keystrokeTree, _editedProcessTree) = (prepared._processes, prepared._json, prepared._keystrokeTree, prepared._editedProcessTree);
        (_ours, _floor, _systemTextJson, _oursPrimed, _floorPrimed) = (prepared._ours, prepared._floor, prepared._systemTextJson, prepared._oursPrimed, prepared._floorPrimed);
        _emittingFloor = prepared._emittingFloor;
    }

    private void Prepare()
    {
        _processes = SyntheticCompilation.Create(SyntheticProject.ProcessFiles(Processes));
        _json = SyntheticCompilation.Create(SyntheticProject.JsonFiles(Processes));
        _keystrokeTree = SyntheticCompilation.Parse(SyntheticProject.KeystrokePath, SyntheticProject.UnrelatedAfterKeystroke);
        _editedProcessTree = SyntheticCompilation.Parse(SyntheticProject.EditedProcessPath, SyntheticProject.ProcessAfterEdit);

        _ours = SyntheticCompilation.Driver(new KognitosProcessGenerator());
        _floor = SyntheticCompilation.Driver(new FloorGenerator());
        _emittingFloor = SyntheticCompilation.Driver(new EmittingFloorGenerator());
        _systemTextJson = SyntheticCompilation.Driver(SystemTextJsonGenerator.Create());
        _oursPrimed = _ours.RunGenerators(_processes);
        _floorPrimed = _floor.RunGenerators(_processes);

        Expect(_oursPrimed, Processes, "our generator");
        Expect(_systemTextJson.RunGenerators(_json), Processes, "the System.Text.Json generator");

        // Every generator's code at its final JIT tier before the first measured case: the quick job's single warm-up
        // iteration otherwise measured whichever case came first partly in tier-0 code (N=100 cold, up to 3.8x the floor
        // in one run and 2.3x in the next).
        for (var round = 0; round < 3; round++)
        {
            GC.KeepAlive(_ours.RunGenerators(_processes.Clone()));
            GC.KeepAlive(_floor.RunGenerators(_processes.Clone()));
            GC.KeepAlive(_emittingFloor.RunGenerators(_processes.Clone()));
            GC.KeepAlive(_systemTextJson.RunGenerators(_json.Clone()));
            GC.KeepAlive(_oursPrimed.RunGenerators(SyntheticCompilation.Replace(_processes, SyntheticProject.KeystrokePath, _keystrokeTree)));
            GC.KeepAlive(_floorPrimed.RunGenerators(SyntheticCompilation.Replace(_processes, SyntheticProject.KeystrokePath, _keystrokeTree)));
            Thread.Sleep(150);
        }

        // Setup made and dropped tens of thousands of trees and symbols: settle the heap once, so the first case after
        // it is not measured against a collector still working through setup's garbage.
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
    }

    [IterationSetup(Targets = [nameof(Cold_Ours), nameof(Cold_Floor)])]
    public void FreshProcessCompilation() => _next = _processes.Clone();

    [IterationSetup(Target = nameof(Cold_SystemTextJson))]
    public void FreshJsonCompilation() => _next = _json.Clone();

    [IterationSetup(Targets = [nameof(UnrelatedKeystroke_Ours), nameof(UnrelatedKeystroke_Floor)])]
    public void KeystrokeCompilation() => _next = SyntheticCompilation.Replace(_processes, SyntheticProject.KeystrokePath, _keystrokeTree);

    [IterationSetup(Target = nameof(EditInsideProcess_Ours))]
    public void EditedProcessCompilation() => _next = SyntheticCompilation.Replace(_processes, SyntheticProject.EditedProcessPath, _editedProcessTree);

    [Benchmark]
    public GeneratorDriver Cold_Ours() => _ours.RunGenerators(_next);

    [Benchmark(Baseline = true)]
    public GeneratorDriver Cold_Floor() => _floor.RunGenerators(_next);

    /// <summary>Not a BenchmarkDotNet case: measured only in turn, to show what adding one file per class costs the driver.</summary>
    public GeneratorDriver Cold_EmittingFloor() => _emittingFloor.RunGenerators(_next);

    [Benchmark]
    public GeneratorDriver Cold_SystemTextJson() => _systemTextJson.RunGenerators(_next);

    [Benchmark]
    public GeneratorDriver UnrelatedKeystroke_Ours() => _oursPrimed.RunGenerators(_next);

    [Benchmark]
    public GeneratorDriver UnrelatedKeystroke_Floor() => _floorPrimed.RunGenerators(_next);

    [Benchmark]
    public GeneratorDriver EditInsideProcess_Ours() => _oursPrimed.RunGenerators(_next);

    private static void Expect(GeneratorDriver driver, int processes, string what)
    {
        var result = driver.GetRunResult();
        var errors = result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        if (errors.Count > 0 || result.GeneratedTrees.Length < processes)
        {
            throw new InvalidOperationException(
                $"{what} made {result.GeneratedTrees.Length} files for {processes} types, errors: {string.Join("; ", errors)}");
        }
    }
}
