using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace KognitosGen.Emulator;

/// <summary>GET /v2/runs, POST /v2/runs and GET /v2/runs/{run_id}.</summary>
internal sealed class RunEndpoints(EmulatorRuntime runtime)
{
    private readonly RunStarter _starter = new(runtime);

    // Counting the unfinished runs and adding one are a single step, so that a burst of starts cannot pass the limit.
    private readonly object _limitGate = new();

    public void Map(IEndpointRouteBuilder routes)
    {
        routes.MapGet("/v2/runs", new RequestDelegate(ListAsync));
        routes.MapPost("/v2/runs", new RequestDelegate(StartAsync));
        routes.MapGet("/v2/runs/{run_id}", new RequestDelegate(GetAsync));
    }

    private async Task ListAsync(HttpContext context)
    {
        var errors = new List<ErrorDetail>();
        var query = context.Request.Query;
        var processId = RequestValidation.RequiredIdQuery(query["process_id"], "process_id", errors);
        var agentId = RequestValidation.RequiredIdQuery(query["agent_id"], "agent_id", errors);
        var stage = RequestValidation.SingleQueryValue(query["stage"]);
        if (stage is not null && !RequestValidation.TryParseStage(stage, out stage))
            errors.Add(new ErrorDetail("stage", RequestValidation.StageRuleMessage));
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

        if (!runtime.Scenario.AgentsById.TryGetValue(agentId!, out var agent)
            || !agent.ProcessesById.ContainsKey(processId!))
        {
            await ApiResponses.WriteErrorAsync(context, StatusCodes.Status404NotFound, ErrorMessages.ProcessOrAgentNotFound,
                [new ErrorDetail(agent is null ? "agent_id" : "process_id",
                    agent is null ? $"no agent '{agentId}'" : $"no process '{processId}' in agent '{agentId}'")]);
            return;
        }

        // The token binds the query (not the limit), as the docs ask for "the same query" on later pages.
        var tokenScope = $"runs|{agentId}|{processId}|{stage}";
        long? after = null;
        if (!string.IsNullOrEmpty(token))
        {
            if (!runtime.Tokens.TryDecode(token, tokenScope, out var position))
            {
                await ApiResponses.InvalidInputAsync(context,
                    [new ErrorDetail("continuation_token", "is not a token this endpoint issued for this query")]);
                return;
            }

            after = position;
        }

        var variants = runtime.Variants;
        var now = runtime.Time.GetUtcNow();
        var page = runtime.Runs.Page(agentId!, processId!, stage, after, limit, variants.RunListOrder,
            now - System.TimeSpan.FromMilliseconds(variants.RunListLagMs));
        var includeOutputs = runtime.Scenario.ListIncludesOutputs || variants.ListOutputs == ListOutputsForm.Included;
        var items = page.Items.Select(r => r.ToResource(now, includeOutputs, variants)).ToList();
        var next = page.NextAfterSequence is { } seq ? runtime.Tokens.Encode(tokenScope, seq) : null;
        await RunBodies.WriteListAsync(context, new ListResponse<RunResource>(items, next), variants);
    }

    private async Task StartAsync(HttpContext context)
    {
        var errors = new List<ErrorDetail>();
        using var document = await JsonBody.ReadObjectAsync(context, errors);
        if (document is null)
        {
            await ApiResponses.InvalidInputAsync(context, errors);
            return;
        }

        var request = StartRunRequest.Read(document.RootElement, errors);
        if (errors.Count > 0)
        {
            await ApiResponses.InvalidInputAsync(context, errors);
            return;
        }

        if (runtime.Variants.InputValues != InputValueTypes.AnyJson && InputValueRefusal.Find(request) is { Count: > 0 } refused)
        {
            await InputValueRefusal.WriteAsync(context, runtime.Variants.InputValues, refused);
            return;
        }

        if (!ApiResponses.Caller(context).CanAccess(request.AgentId))
        {
            await ApiResponses.ForbiddenAgentAsync(context, request.AgentId);
            return;
        }

        var missing = new List<ErrorDetail>();
        var process = ResolveProcess(request, missing);
        var fileNames = ResolveFiles(request, missing);
        if (process is null || missing.Count > 0)
        {
            // The documented message stays first; a hint follows it, since clients show the message, rarely the details.
            var hint = process is null ? runtime.UnknownProcessHint?.Invoke(request.AgentId, request.ProcessId) : null;
            await ApiResponses.WriteErrorAsync(context, StatusCodes.Status404NotFound,
                string.IsNullOrEmpty(hint) ? ErrorMessages.ReferencedResourceNotFound : $"{ErrorMessages.ReferencedResourceNotFound}. {hint}", missing);
            return;
        }

        if (runtime.Replay is { } replay && replay.Covers(request.AgentId, request.ProcessId))
        {
            var outcome = replay.Match(request, fileNames);
            if (outcome.Error is { } recordedError)
            {
                await RecordedErrorAnswer.WriteAsync(context, recordedError);
                return;
            }

            if (outcome.Run is null)
            {
                await ApiResponses.WriteErrorAsync(context, StatusCodes.Status400BadRequest, outcome.Mismatch!, outcome.Differences);
                return;
            }

            process = ReplayBook.Playing(process, outcome.Run);
        }

        var origin = new RunOrigin(RunOrigin.Api, RequestHeaders.WithoutApiKey(context.Request.Headers),
            context.Features.Get<AnswerDropped>() is not null);
        if (!TryStartWithinLimit(request, process, fileNames, origin, out var run, out var error))
        {
            await ConcurrencyLimitAnswer.WriteAsync(context, request.AgentId, runtime.Variants.ConcurrentRunLimit);
            return;
        }

        if (run is null)
        {
            await ApiResponses.WriteErrorAsync(context, StatusCodes.Status500InternalServerError, error!);
            return;
        }

        var variants = runtime.Variants;
        await RunBodies.WriteRunAsync(context, variants.RunStartStatusCode, run.ToCreatedResource(variants), variants);
    }

    /// <summary>
    /// Starts the run unless the agent has <see cref="EmulatorVariants.ConcurrentRunLimit"/> unfinished runs already
    /// (false: nothing was created). <paramref name="run"/> is null with <paramref name="error"/> when the outputs callback threw.
    /// </summary>
    private bool TryStartWithinLimit(StartRunRequest request, CompiledProcess process, List<string> fileNames, RunOrigin origin,
        out StoredRun? run, out string? error)
    {
        var limit = runtime.Variants.ConcurrentRunLimit;
        if (limit <= 0)
        {
            run = _starter.TryStart(request, process, fileNames, origin, out error);
            return true;
        }

        lock (_limitGate)
        {
            if (runtime.Runs.UnfinishedRunsOf(request.AgentId, runtime.Time.GetUtcNow()) >= limit)
            {
                runtime.Counters.StartRefusedAtLimit();
                run = null;
                error = null;
                return false;
            }

            run = _starter.TryStart(request, process, fileNames, origin, out error);
            return true;
        }
    }

    private CompiledProcess? ResolveProcess(StartRunRequest request, List<ErrorDetail> missing)
    {
        if (!runtime.Scenario.AgentsById.TryGetValue(request.AgentId, out var agent))
        {
            missing.Add(new ErrorDetail("agent_id", $"no agent '{request.AgentId}'"));
            return null;
        }

        if (!agent.ProcessesById.TryGetValue(request.ProcessId, out var process))
        {
            missing.Add(new ErrorDetail("process_id", $"no process '{request.ProcessId}' in agent '{request.AgentId}'"));
            return null;
        }

        if (process.InStage(request.Stage) is not { } staged)
        {
            missing.Add(new ErrorDetail("stage", $"process '{process.Id}' has no {request.Stage} stage"));
            return null;
        }

        return staged;
    }

    private List<string> ResolveFiles(StartRunRequest request, List<ErrorDetail> missing)
    {
        var names = new List<string>();
        var fileIds = request.FileIds ?? [];
        for (var i = 0; i < fileIds.Count; i++)
        {
            var field = $"file_ids[{i}]";
            if (!runtime.Files.TryGet(fileIds[i], out var file) || file.AgentId != request.AgentId)
                missing.Add(new ErrorDetail(field, $"no file '{fileIds[i]}' in agent '{request.AgentId}'"));
            else if (!file.IsUploaded && !runtime.Variants.RunsAcceptFilesNotUploaded)
                missing.Add(new ErrorDetail(field, $"file '{fileIds[i]}' has not been uploaded yet"));
            else
                names.Add(file.FileName);
        }

        return names;
    }

    private async Task GetAsync(HttpContext context)
    {
        // The docs give the ID rule for bodies only: a path ID that matches nothing is 404, whatever its form.
        var runId = context.Request.RouteValues["run_id"] as string ?? string.Empty;
        if (!runtime.Runs.TryGet(runId, out var run))
        {
            await ApiResponses.WriteErrorAsync(context, StatusCodes.Status404NotFound, ErrorMessages.RunNotFound,
                [new ErrorDetail("run_id", $"no run '{runId}'")]);
            return;
        }

        if (!ApiResponses.Caller(context).CanAccess(run.AgentId))
        {
            await ApiResponses.ForbiddenAgentAsync(context, run.AgentId);
            return;
        }

        var now = runtime.Time.GetUtcNow();
        var status = run.StatusAt(now);
        // A run that is not finished is streamed; so is a finished one read for the first time (see ReadFinishedBefore).
        if (!StoredRun.IsTerminal(status) || (run.FinishedBody is null && !run.ReadFinishedBefore()))
        {
            await RunBodies.WriteRunAsync(context, StatusCodes.Status200OK, run.ToResource(now, includeOutputs: true, runtime.Variants),
                runtime.Variants);
            return;
        }

        // A finished run never changes, so a run read again keeps its body (issue 31: the emulator under load).
        if (run.FinishedBody is not { } body || !body.Fits(status, runtime.Variants))
        {
            // A copy, so that the body and what it is kept for agree even if the web UI changes the variants meanwhile.
            var variants = runtime.Variants.Clone();
            var utf8 = RunBodies.RunUtf8(run.ToResource(now, includeOutputs: true, variants), variants);
            run.FinishedBody = body = new FinishedRunBody(utf8, status, variants);
        }

        await RunBodies.WriteUtf8Async(context, StatusCodes.Status200OK, body.Utf8);
    }
}
