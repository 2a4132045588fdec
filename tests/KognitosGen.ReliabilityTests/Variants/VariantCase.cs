using KognitosGen.Emulator;

namespace KognitosGen.ReliabilityTests.Variants;

/// <summary>
/// One combination of readings the fault suite runs under. <paramref name="RunsBeforehand"/> runs are started
/// before the faults begin, so that the lookup after a lost start meets a list of more than one page.
/// <paramref name="Client"/> sets the client's answer to the reading, where it needs one (string input values).
/// </summary>
public sealed record VariantCase(string Name, EmulatorVariants Variants, int RunsBeforehand = 0, Action<KognitosClientOptions>? Client = null)
{
    public override string ToString() => Name;
}
