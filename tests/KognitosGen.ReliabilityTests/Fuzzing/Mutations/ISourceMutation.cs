namespace KognitosGen.ReliabilityTests.Fuzzing.Mutations;

/// <summary>One way of damaging a C# source; deterministic for a given <see cref="Random"/> state.</summary>
public interface ISourceMutation
{
    /// <summary>A short name for reports, e.g. "token deletion".</summary>
    string Name { get; }

    /// <summary>The mutated source; the input itself when there is nothing this mutation can change.</summary>
    string Apply(string source, Random random);
}
