namespace KognitosGen.ReliabilityTests.Fuzzing.Mutations;

/// <summary>Every mutation the fuzzer applies, in a fixed order (the order is part of what makes a seed replayable).</summary>
public static class SourceMutations
{
    public static IReadOnlyList<ISourceMutation> All { get; } =
    [
        new TokenDeletion(),
        new TokenInsertion(),
        new Duplication(),
        new Truncation(),
        new WrongArgumentType(),
        new HugeName(),
        new UnicodeName(),
        new AbsurdNesting(),
        new GenericVariant(),
        new ModifierVariant(),
        new DeclarationKindSwap(),
        new PropertyTypeSwap(),
        new AccessorVariant(),
    ];
}
