using KognitosGen.Emulator;

namespace KognitosGen.ReliabilityTests.Variants;

/// <summary>
/// One combination of readings the fault suite runs under. <paramref name="RunsBeforehand"/> runs are started
/// before the faults begin, so that the lookup after a lost start meets a list of more than one page.
/// </summary>
public sealed record VariantCase(string Name, EmulatorVariants Variants, int RunsBeforehand = 0)
{
    public override string ToString() => Name;
}
