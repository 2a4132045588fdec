using KognitosGen.ReliabilityTests.Fuzzing.Checking;
using KognitosGen.ReliabilityTests.Fuzzing.Corpus;
using KognitosGen.ReliabilityTests.Fuzzing.Mutations;

namespace KognitosGen.ReliabilityTests.Fuzzing;

/// <summary>
/// Derives input number <c>index</c> from the seed alone (its own random stream), so any input can be replayed
/// without the ones before it and inputs can be checked in any order on any number of threads. The compilation
/// options and build properties are drawn once per batch of <see cref="BatchSize"/> inputs, so that a batch can
/// be analysed in one compilation.
/// </summary>
public static class FuzzInputFactory
{
    /// <summary>Inputs analysed together in one compilation (see <see cref="Checking.FuzzChecker"/>).</summary>
    public const int BatchSize = 25;

    public static FuzzInput Create(int seed, int index)
    {
        var random = new Random(StreamSeed(seed, index));
        var entry = FuzzCorpus.Entries.Pick(random);
        var source = entry.Source;
        var applied = new List<string>();
        var count = 1 + random.Next(3);
        for (var i = 0; i < count; i++)
        {
            var mutation = SourceMutations.All.Pick(random);
            source = mutation.Apply(source, random);
            applied.Add(mutation.Name);
        }

        var batch = new Random(StreamSeed(seed, -1 - index / BatchSize));
        var flavour = CompilationFlavour.All.Pick(batch);
        var properties = batch.Next(BuildPropertySets.All.Count);
        return new FuzzInput(seed, index, entry.Name, applied, source, flavour, properties);
    }

    /// <summary>A well-mixed 32-bit seed per (seed, index) pair (SplitMix64 finaliser), stable across runtimes.</summary>
    private static int StreamSeed(int seed, int index)
    {
        var z = unchecked(((ulong)(uint)seed << 32 | (uint)index) + 0x9E3779B97F4A7C15UL);
        z = unchecked((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL);
        z = unchecked((z ^ (z >> 27)) * 0x94D049BB133111EBUL);
        return unchecked((int)(z ^ (z >> 31)));
    }
}
