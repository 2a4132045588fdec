using System;
using System.Threading;
using System.Threading.Tasks;
using KognitosGen.Wire;

namespace KognitosGen.Transport;

/// <summary>
/// The run endpoints as the client, the run starter and the waits all call them: one run, one page of a process's
/// runs, one start. Arguments are checked by the public methods before they get here.
/// </summary>
internal sealed class RunEndpoints
{
    private readonly ApiConnection _api;

    public RunEndpoints(ApiConnection api) => _api = api;

    /// <summary><c>GET /v2/runs/{run_id}</c>.</summary>
    public Task<KognitosRun> GetAsync(string runId, CancellationToken cancellationToken)
    {
        var call = _api.Get("kognitos.runs.get", "v2/runs/" + ApiConnection.EscapePath(runId)) with { ResourceTag = ("kognitos.run_id", runId) };
        return _api.SendAsync(call, RunReader.ReadRun, "run", cancellationToken);
    }

    /// <summary><c>GET /v2/runs</c>: one page.</summary>
    public Task<KognitosPage<KognitosRun>> ListPageAsync(KognitosRunQuery query, string? continuationToken, CancellationToken cancellationToken)
    {
        var parameters = new QueryString()
            .Add("process_id", query.ProcessId)
            .Add("agent_id", query.AgentId)
            .Add("limit", query.PageSize)
            .Add("stage", query.Stage is { } stage ? RunRequestWriter.StageText(stage) : null)
            .Add("continuation_token", continuationToken);
        var call = _api.Get("kognitos.runs.list", "v2/runs", parameters.ToString());
        return _api.SendAsync(call, RunReader.ReadPage, "run list", cancellationToken);
    }

    /// <summary><c>POST /v2/runs</c> with a written body; a typed start's attempts share its <paramref name="budget"/>.</summary>
    public Task<KognitosRun> CreateAsync(ArraySegment<byte> body, RetryBudget? budget, CancellationToken cancellationToken)
    {
        var call = _api.Post("kognitos.runs.create", "v2/runs", body) with { Budget = budget };
        return _api.SendAsync(call, RunReader.ReadRun, "run", cancellationToken);
    }
}
