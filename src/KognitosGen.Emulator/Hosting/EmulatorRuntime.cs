using System;

namespace KognitosGen.Emulator;

/// <summary>The state one emulator instance shares between its handlers and middleware.</summary>
internal sealed class EmulatorRuntime
{
    public EmulatorRuntime(CompiledScenario scenario, TimeProvider time)
    {
        Scenario = scenario;
        Time = time;
        Faults = new FaultInjector(scenario.Faults);
    }

    public CompiledScenario Scenario { get; }
    public TimeProvider Time { get; }
    public RunStore Runs { get; } = new();
    public FileStore Files { get; } = new();
    public FaultInjector Faults { get; }
    public EmulatorCounters Counters { get; } = new();
    public ContinuationTokenCodec Tokens { get; } = new();
}
