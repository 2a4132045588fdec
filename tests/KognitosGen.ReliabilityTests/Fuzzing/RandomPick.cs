namespace KognitosGen.ReliabilityTests.Fuzzing;

internal static class RandomPick
{
    /// <summary>A uniformly chosen item of a non-empty list.</summary>
    public static T Pick<T>(this IReadOnlyList<T> items, Random random) => items[random.Next(items.Count)];
}
