using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using KognitosGen.Validation;
using KognitosGen.Wire;

namespace KognitosGen;

public sealed partial class KognitosClient
{
    /// <summary><c>GET /v2/processes</c>: one page of an agent's processes.</summary>
    /// <param name="agentId">The agent whose processes to list.</param>
    /// <param name="pageSize">Items per page, 1 to 100; the server's default when null.</param>
    /// <param name="continuationToken">The token from the previous page; null for the first page.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public Task<KognitosPage<KognitosProcessInfo>> ListProcessesPageAsync(
        string agentId, int? pageSize = null, string? continuationToken = null, CancellationToken cancellationToken = default)
    {
        RequiredArgument.NotEmpty(agentId, nameof(agentId));
        RequiredArgument.PageSize(pageSize, nameof(pageSize));
        var query = new QueryString().Add("agent_id", agentId).Add("limit", pageSize).Add("continuation_token", continuationToken);
        var call = _api.Get("kognitos.processes.list", "v2/processes", query.ToString());
        return _api.SendAsync(call, KognitosJsonContext.Default.KognitosPageKognitosProcessInfo, "process list", cancellationToken);
    }

    /// <summary><c>GET /v2/processes</c>, every page: an agent's processes, fetched page by page as enumerated.</summary>
    /// <param name="agentId">The agent whose processes to list.</param>
    /// <param name="pageSize">Items per page, 1 to 100; the server's default when null.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    public IAsyncEnumerable<KognitosProcessInfo> ListProcessesAsync(string agentId, int? pageSize = null, CancellationToken cancellationToken = default)
    {
        RequiredArgument.NotEmpty(agentId, nameof(agentId));
        RequiredArgument.PageSize(pageSize, nameof(pageSize));
        return Paging.EnumerateAsync(
            (token, ct) => ListProcessesPageAsync(agentId, pageSize, token, ct), "GET /v2/processes", cancellationToken);
    }

    /// <summary><c>GET /v2/processes/{process_id}</c>: one process of an agent.</summary>
    /// <param name="processId">The process ID.</param>
    /// <param name="agentId">The agent that holds it.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public Task<KognitosProcessInfo> GetProcessAsync(string processId, string agentId, CancellationToken cancellationToken = default)
    {
        RequiredArgument.NotEmpty(processId, nameof(processId));
        RequiredArgument.NotEmpty(agentId, nameof(agentId));
        var query = new QueryString().Add("agent_id", agentId);
        var call = _api.Get("kognitos.processes.get", "v2/processes/" + EscapePath(processId), query.ToString());
        return _api.SendAsync(call, KognitosJsonContext.Default.KognitosProcessInfo, "process", cancellationToken);
    }
}
