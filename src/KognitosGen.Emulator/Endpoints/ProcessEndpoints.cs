using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace KognitosGen.Emulator;

/// <summary>GET /v2/processes and GET /v2/processes/{process_id}.</summary>
internal sealed class ProcessEndpoints(EmulatorRuntime runtime)
{
    public void Map(IEndpointRouteBuilder routes)
    {
        routes.MapGet("/v2/processes", new RequestDelegate(ListAsync));
        routes.MapGet("/v2/processes/{process_id}", new RequestDelegate(GetAsync));
    }

    private async Task ListAsync(HttpContext context)
    {
        var errors = new List<ErrorDetail>();
        var query = context.Request.Query;
        var agentId = RequestValidation.RequiredIdQuery(query["agent_id"], "agent_id", errors);
        var limit = RequestValidation.ParseLimit(query["limit"], errors);
        var token = RequestValidation.SingleQueryValue(query["continuation_token"]);
        if (errors.Count > 0)
        {
            await ApiResponses.InvalidInputAsync(context, errors);
            return;
        }

        if (!ApiResponses.Caller(context).CanAccess(agentId!))
        {
            await ApiResponses.ForbiddenAgentAsync(context, agentId!);
            return;
        }

        if (!runtime.Scenario.AgentsById.TryGetValue(agentId!, out var agent))
        {
            await ApiResponses.WriteErrorAsync(context, StatusCodes.Status404NotFound, ErrorMessages.AgentNotFound,
                [new ErrorDetail("agent_id", $"no agent '{agentId}'")]);
            return;
        }

        var tokenScope = "processes|" + agent.Id;
        long start = 0;
        if (!string.IsNullOrEmpty(token) && !runtime.Tokens.TryDecode(token, tokenScope, out start))
        {
            await ApiResponses.InvalidInputAsync(context,
                [new ErrorDetail("continuation_token", "is not a token this endpoint issued for this query")]);
            return;
        }

        var offset = (int)Math.Min(start, agent.Processes.Count);
        var items = agent.Processes.Skip(offset).Take(limit).Select(p => p.ToResource()).ToList();
        var next = offset + items.Count < agent.Processes.Count
            ? runtime.Tokens.Encode(tokenScope, offset + items.Count)
            : null;
        await ApiResponses.WriteJsonAsync(context, StatusCodes.Status200OK,
            new ListResponse<ProcessResource>(items, next), WireJsonContext.Readable.ListResponseProcessResource);
    }

    private async Task GetAsync(HttpContext context)
    {
        var errors = new List<ErrorDetail>();
        // The docs give the ID rule for bodies only: a path ID that matches nothing is 404, whatever its form.
        var processId = context.Request.RouteValues["process_id"] as string ?? string.Empty;
        var agentId = RequestValidation.RequiredIdQuery(context.Request.Query["agent_id"], "agent_id", errors);
        if (errors.Count > 0)
        {
            await ApiResponses.InvalidInputAsync(context, errors);
            return;
        }

        if (!ApiResponses.Caller(context).CanAccess(agentId!))
        {
            await ApiResponses.ForbiddenAgentAsync(context, agentId!);
            return;
        }

        if (!runtime.Scenario.AgentsById.TryGetValue(agentId!, out var agent)
            || !agent.ProcessesById.TryGetValue(processId, out var process))
        {
            await ApiResponses.WriteErrorAsync(context, StatusCodes.Status404NotFound, ErrorMessages.ProcessOrAgentNotFound,
                [new ErrorDetail(agent is null ? "agent_id" : "process_id",
                    agent is null ? $"no agent '{agentId}'" : $"no process '{processId}' in agent '{agentId}'")]);
            return;
        }

        await ApiResponses.WriteJsonAsync(context, StatusCodes.Status200OK, process.ToResource(),
            WireJsonContext.Readable.ProcessResource);
    }
}
