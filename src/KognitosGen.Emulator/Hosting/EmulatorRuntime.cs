using System;

namespace KognitosGen.Emulator;

/// <summary>The state one emulator instance shares between its handlers and middleware.</summary>
internal sealed class EmulatorRuntime
{
    private readonly object _scenarioGate = new();
    private volatile CompiledScenario _scenario;

    public EmulatorRuntime(CompiledScenario scenario, TimeProvider time, Func<string, string, string?>? unknownProcessHint = null,
        EmulatorVariants? variants = null, TimeSpan? forgetTerminalRunsAfter = null)
    {
        _scenario = scenario;
        Time = time;
        Runs = new RunStore(forgetTerminalRunsAfter is { } after ? new RunRetention(after, time) : null);
        UnknownProcessHint = unknownProcessHint;
        Variants = variants ?? new EmulatorVariants();
        Faults = new FaultInjector(scenario.Faults);
        WebUi = new WebUiAccess(() => _scenario);
    }

    /// <summary>The scenario in force; replaced whole (never mutated) when a process is set, so readers need no lock.</summary>
    public CompiledScenario Scenario => _scenario;

    public Func<string, string, string?>? UnknownProcessHint { get; }

    public void SetProcess(string agentId, ScenarioProcess process)
    {
        lock (_scenarioGate)
            _scenario = ScenarioCompiler.WithProcess(_scenario, agentId, process);
    }

    public TimeProvider Time { get; }

    /// <summary>The recording this emulator replays; null when it plays its scenario's plans only.</summary>
    public ReplayBook? Replay { get; init; }

    /// <summary>The readings taken where the docs are silent; only the web UI changes them once the emulator runs (in place).</summary>
    public EmulatorVariants Variants { get; }

    public RunStore Runs { get; }
    public FileStore Files { get; } = new();
    public FaultInjector Faults { get; }
    public EmulatorCounters Counters { get; } = new();
    public ContinuationTokenCodec Tokens { get; } = new();
    public WebUiAccess WebUi { get; }
}
