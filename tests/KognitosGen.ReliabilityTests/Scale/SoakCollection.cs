namespace KognitosGen.ReliabilityTests.Scale;

/// <summary>
/// The soak measures the process's managed heap, which every test running beside it would add to: its collection
/// runs alone, after the parallel ones.
/// </summary>
[CollectionDefinition(nameof(SoakCollection), DisableParallelization = true)]
public sealed class SoakCollection;
