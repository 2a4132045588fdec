namespace KognitosGen.Benchmarks.Runtime;

/// <summary>
/// Runs each benchmark body until the JIT has compiled it at its final tier, before BenchmarkDotNet's own warm-up.
/// The quick job's few short warm-up iterations otherwise measure some sides partly in tier-0 code, which made
/// ratios of the same code differ several times between runs.
/// </summary>
public static class Warm
{
    public static void Up(params Func<object>[] bodies)
    {
        for (var round = 0; round < 3; round++)
        {
            foreach (var body in bodies)
            {
                for (var i = 0; i < 30_000; i++)
                    GC.KeepAlive(body());
            }

            // Tier-1 compilation happens on a background thread after a quiet period.
            Thread.Sleep(150);
        }
    }
}
