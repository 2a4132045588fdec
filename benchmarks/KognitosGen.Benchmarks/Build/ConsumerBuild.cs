namespace KognitosGen.Benchmarks.Build;

/// <summary>Placeholder.</summary>
public static class ConsumerBuild
{
    public static Task<ConsumerBuildResult> MeasureAsync(int processes, int builds) => throw new NotImplementedException();
}
