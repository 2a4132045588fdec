using System;

namespace KognitosGen.Emulator;

/// <summary>The state one emulator instance shares between its handlers and middleware.</summary>
internal sealed class EmulatorRuntime
{
    public EmulatorRuntime(CompiledScenario scenario, TimeProvider time, EmulatorVariants? variants = null)
    {
        Scenario = scenario;
        Time = time;
        Variants = variants ?? new EmulatorVariants();
        Faults = new FaultInjector(scenario.Faults);
    }

    public CompiledScenario Scenario { get; }
    public TimeProvider Time { get; }

    /// <summary>The readings taken where the docs are silent; never changed once the emulator runs.</summary>
    public EmulatorVariants Variants { get; }
    public RunStore Runs { get; } = new();
    public FileStore Files { get; } = new();
    public FaultInjector Faults { get; }
    public EmulatorCounters Counters { get; } = new();
    public ContinuationTokenCodec Tokens { get; } = new();
}
