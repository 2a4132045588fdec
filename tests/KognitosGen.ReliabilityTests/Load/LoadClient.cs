using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.Json;

namespace KognitosGen.ReliabilityTests.Load;

/// <summary>
/// One simulated API client: sends its planned requests one after another (as a worker awaiting each call does),
/// times each from send to last body byte, and checks the status and the body's essentials.
/// </summary>
public sealed class LoadClient(HttpClient http, int number)
{
    private const int MaxErrorsKept = 20;

    private readonly List<string> _runIds = [];
    private readonly List<string> _errors = [];
    private readonly Random _random = new(number);
    private int _errorCount;

    public async Task<LoadClientResult> RunAsync(IReadOnlyList<LoadRequestKind> plan, CancellationToken cancellationToken)
    {
        var sent = LoadRequests.Kinds.ToDictionary(k => k, _ => 0);
        var latencies = new List<TimeSpan>(plan.Count);
        for (var i = 0; i < plan.Count; i++)
        {
            var kind = plan[i];
            if (kind == LoadRequestKind.GetRun && _runIds.Count == 0)
            {
                // Only when this client's first start failed, which is already an error.
                Fail($"{kind}: no run to get");
                continue;
            }

            using var request = CreateRequest(kind, i);
            sent[kind]++;
            var started = Stopwatch.GetTimestamp();
            try
            {
                using var response = await http.SendAsync(request, cancellationToken);
                var body = await response.Content.ReadAsStringAsync(cancellationToken);
                latencies.Add(Stopwatch.GetElapsedTime(started));
                Check(kind, response.StatusCode, body);
            }
            catch (Exception exception) when (exception is HttpRequestException or JsonException
                || (exception is TaskCanceledException && !cancellationToken.IsCancellationRequested))
            {
                Fail($"{kind}: {exception.GetType().Name}: {exception.Message}");
            }
        }

        return new LoadClientResult(sent, latencies, _errorCount, _errors);
    }

    private HttpRequestMessage CreateRequest(LoadRequestKind kind, int index)
    {
        var process = LoadScenario.ProcessIds[(number + index) % LoadScenario.ProcessIds.Count];
        return kind switch
        {
            LoadRequestKind.Health => new HttpRequestMessage(HttpMethod.Get, "v2/health"),
            LoadRequestKind.ListProcesses => new HttpRequestMessage(HttpMethod.Get, $"v2/processes?agent_id={LoadScenario.AgentId}"),
            LoadRequestKind.CreateRun => new HttpRequestMessage(HttpMethod.Post, "v2/runs")
            {
                Content = new StringContent(
                    $$"""{"name":"load client {{number}} run {{index}}","process_id":"{{process}}","agent_id":"{{LoadScenario.AgentId}}","stage":"Published","inputs":[{"name":"amount","value":{{index}}},{"name":"address","value":"{{number}} Load Street"}]}""",
                    Encoding.UTF8, "application/json"),
            },
            LoadRequestKind.GetRun => new HttpRequestMessage(HttpMethod.Get, $"v2/runs/{_runIds[_random.Next(_runIds.Count)]}"),
            LoadRequestKind.ListRuns => new HttpRequestMessage(HttpMethod.Get, $"v2/runs?agent_id={LoadScenario.AgentId}&process_id={process}&limit=10"),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
        };
    }

    private void Check(LoadRequestKind kind, HttpStatusCode status, string body)
    {
        if (status != LoadRequests.ExpectedStatus(kind))
        {
            Fail($"{kind}: status {(int)status}, expected {(int)LoadRequests.ExpectedStatus(kind)}: {body[..Math.Min(body.Length, 200)]}");
            return;
        }

        using var json = JsonDocument.Parse(body);
        var root = json.RootElement;
        switch (kind)
        {
            case LoadRequestKind.Health when root.GetProperty("status").GetString() != "OK":
                Fail($"{kind}: health status is not OK: {body}");
                break;
            case LoadRequestKind.ListProcesses when root.GetProperty("items").GetArrayLength() != LoadScenario.ProcessIds.Count:
                Fail($"{kind}: expected {LoadScenario.ProcessIds.Count} processes: {body}");
                break;
            case LoadRequestKind.CreateRun:
                _runIds.Add(root.GetProperty("id").GetString() ?? throw new JsonException("The created run has a null id."));
                break;
            case LoadRequestKind.GetRun when root.GetProperty("agent_id").GetString() != LoadScenario.AgentId:
                Fail($"{kind}: the run belongs to another agent: {body}");
                break;
            case LoadRequestKind.ListRuns when root.GetProperty("items").ValueKind != JsonValueKind.Array:
                Fail($"{kind}: not a list response: {body}");
                break;
        }
    }

    private void Fail(string error)
    {
        _errorCount++;
        if (_errors.Count < MaxErrorsKept)
            _errors.Add($"client {number}: {error}");
        else if (_errors.Count == MaxErrorsKept)
            _errors.Add($"client {number}: more errors left out");
    }
}
