namespace KognitosGen.ReliabilityTests.Load;

/// <summary>
/// What a client of the API does, in proportions like a worker that starts runs and polls them: mostly polling
/// runs, some starts and listings, an occasional health check. A client's first request starts a run, so it
/// always has one to poll.
/// </summary>
public static class LoadMix
{
    private static readonly (LoadRequestKind Kind, int Weight)[] Weights =
    [
        (LoadRequestKind.Health, 5),
        (LoadRequestKind.ListProcesses, 10),
        (LoadRequestKind.CreateRun, 25),
        (LoadRequestKind.GetRun, 45),
        (LoadRequestKind.ListRuns, 15),
    ];

    /// <summary>The requests of one client, deterministic for a seed and client number.</summary>
    public static LoadRequestKind[] Plan(int seed, int client, int count)
    {
        var random = new Random(unchecked(seed * 397 + client));
        var total = Weights.Sum(w => w.Weight);
        var plan = new LoadRequestKind[count];
        for (var i = 0; i < count; i++)
            plan[i] = i == 0 ? LoadRequestKind.CreateRun : Choose(random.Next(total));
        return plan;
    }

    private static LoadRequestKind Choose(int ticket)
    {
        foreach (var (kind, weight) in Weights)
        {
            if (ticket < weight)
                return kind;
            ticket -= weight;
        }

        throw new InvalidOperationException("The weights do not cover the ticket.");
    }
}
