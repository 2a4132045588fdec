using System.Net;

namespace KognitosGen.ReliabilityTests.Load;

/// <summary>For each kind of request: its method and route template as the emulator's counters name them, and the status it must get.</summary>
public static class LoadRequests
{
    public static IReadOnlyList<LoadRequestKind> Kinds { get; } = Enum.GetValues<LoadRequestKind>();

    public static (string Method, string Route) CounterKey(LoadRequestKind kind) => kind switch
    {
        LoadRequestKind.Health => ("GET", "/v2/health"),
        LoadRequestKind.ListProcesses => ("GET", "/v2/processes"),
        LoadRequestKind.CreateRun => ("POST", "/v2/runs"),
        LoadRequestKind.GetRun => ("GET", "/v2/runs/{run_id}"),
        LoadRequestKind.ListRuns => ("GET", "/v2/runs"),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    public static HttpStatusCode ExpectedStatus(LoadRequestKind kind) =>
        kind == LoadRequestKind.CreateRun ? HttpStatusCode.Created : HttpStatusCode.OK;
}
