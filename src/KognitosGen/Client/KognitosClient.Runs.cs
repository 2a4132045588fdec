using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using KognitosGen.Transport;
using KognitosGen.Validation;
using KognitosGen.Wire;

namespace KognitosGen;

public sealed partial class KognitosClient
{
    /// <summary><c>GET /v2/runs</c>: one page of a process's runs.</summary>
    /// <param name="query">Which process, which stage, how many per page.</param>
    /// <param name="continuationToken">The token from the previous page; null for the first page.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public Task<KognitosPage<KognitosRun>> ListRunsPageAsync(
        KognitosRunQuery query, string? continuationToken = null, CancellationToken cancellationToken = default)
    {
        Validate(query);
        return _runs.ListPageAsync(query, continuationToken, cancellationToken);
    }

    /// <summary><c>GET /v2/runs</c>, every page: a process's runs, fetched page by page as enumerated.</summary>
    /// <param name="query">Which process, which stage, how many per page.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    public IAsyncEnumerable<KognitosRun> ListRunsAsync(KognitosRunQuery query, CancellationToken cancellationToken = default)
    {
        Validate(query);
        return Paging.EnumerateAsync((token, ct) => ListRunsPageAsync(query, token, ct), "GET /v2/runs", cancellationToken);
    }

    /// <summary><c>GET /v2/runs/{run_id}</c>: a run's current state, with its outputs once it has succeeded.</summary>
    /// <param name="runId">The run ID.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public Task<KognitosRun> GetRunAsync(string runId, CancellationToken cancellationToken = default)
    {
        RequiredArgument.NotEmpty(runId, nameof(runId));
        return _runs.GetAsync(runId, cancellationToken);
    }

    /// <summary>
    /// <c>POST /v2/runs</c>: starts a run. Never re-sent once it may have reached the server, so that a network
    /// failure cannot start the process twice; such a failure has
    /// <see cref="KognitosApiException.RequestMayHaveBeenProcessed"/> set.
    /// </summary>
    /// <param name="request">The run to start.</param>
    /// <param name="cancellationToken">Cancels the call (the run may still have started).</param>
    public Task<KognitosRun> CreateRunAsync(KognitosCreateRunRequest request, CancellationToken cancellationToken = default)
    {
        RequiredArgument.NotNull(request, nameof(request));
        RequiredArgument.NotEmpty(request.Name, "request.Name");
        RequiredArgument.NotEmpty(request.ProcessId, "request.ProcessId");
        RequiredArgument.NotEmpty(request.AgentId, "request.AgentId");
        RunRequestWriter.StageText(request.Stage);
        var body = JsonSerializer.SerializeToUtf8Bytes(request, KognitosJsonContext.Default.KognitosCreateRunRequest);
        return _starter.SendUntypedAsync(body, cancellationToken);
    }

    private static void Validate(KognitosRunQuery query)
    {
        RequiredArgument.NotNull(query, nameof(query));
        RequiredArgument.NotEmpty(query.AgentId, "query.AgentId");
        RequiredArgument.NotEmpty(query.ProcessId, "query.ProcessId");
        RequiredArgument.PageSize(query.PageSize, "query.PageSize");
    }
}
