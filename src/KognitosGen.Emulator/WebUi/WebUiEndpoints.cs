using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace KognitosGen.Emulator;

/// <summary>
/// The web UI's routes: pages are GETs that change nothing, actions are POSTs carrying the session's anti-forgery
/// token; both answer 401 without a session. Nothing here runs on the /v2 routes, so the API pays nothing for the UI.
/// </summary>
internal sealed class WebUiEndpoints(EmulatorRuntime runtime)
{
    private const string RunRoute = RunDetailsPage.PathPrefix + "{run_id}";
    private readonly RunStarter _starter = new(runtime);

    private WebUiAccess Access => runtime.WebUi;

    public void Map(IEndpointRouteBuilder routes)
    {
        WebUiAssets.Map(routes);
        routes.MapGet(PageLayout.RunsPath, Page(RunsAsync));
        routes.MapGet(RunRoute, Page(RunAsync));
        routes.MapGet(RunRoute + "/files/{index:int}", Page(FileAsync));
        routes.MapGet(PageLayout.ProcessesPath, Page(ProcessesAsync));
        routes.MapGet(PageLayout.FaultsPath, Page(FaultsAsync));
        routes.MapGet("/ui/live", Page(LiveAsync));
        routes.MapPost(SignInPage.Path, new RequestDelegate(SignInAsync));
        routes.MapPost(RunRoute + "/cancel", Action(CancelAsync));
        routes.MapPost(RunRoute + "/run-again", Action(RunAgainAsync));
        routes.MapPost(PageLayout.FaultsPath, Action(SaveFaultsAsync));
        routes.MapPost(PageLayout.FaultsPath + "/reset-counters", Action(ResetCountersAsync));
        routes.MapPost(PageLayout.VariantsPath, Action(SaveVariantsAsync));
    }

    private RequestDelegate Page(Func<HttpContext, WebUiSession, Task> handler) => async context =>
    {
        if (context.Request.Query.TryGetValue(WebUiAccess.TokenParameter, out var token))
        {
            // The one-time link: spend its token for a cookie, then the same page without the token in the address.
            if (Access.RedeemLinkToken(token.ToString()) is not { } opened)
            {
                await UnauthorizedAsync(context, "This link was used already (each link opens one browser) or is not this emulator's.");
                return;
            }

            Access.SetCookie(context, opened);
            await WebUiResponses.SeeOtherAsync(context, context.Request.Path + WithoutToken(context.Request.Query));
            return;
        }

        if (Access.SessionOf(context) is not { } session)
        {
            await UnauthorizedAsync(context, null);
            return;
        }

        await handler(context, session);
    };

    private RequestDelegate Action(Func<HttpContext, WebUiSession, IFormCollection, Task> handler) => async context =>
    {
        if (Access.SessionOf(context) is not { } session)
        {
            await UnauthorizedAsync(context, null);
            return;
        }

        var form = context.Request.HasFormContentType ? await context.Request.ReadFormAsync(context.RequestAborted) : FormCollection.Empty;
        if (!WebUiAccess.SameSecret(form[WebUiAccess.CsrfField].ToString(), session.CsrfToken) || !FromThisOrigin(context))
        {
            var html = PageLayout.Begin("Not done", current: PageLayout.RunsPath);
            html.Append($"""<div class="problems" role="alert"><p>This form did not come from a page of this emulator, or the page is too old: reload it and try again.</p></div>""");
            await WebUiResponses.HtmlAsync(context, StatusCodes.Status403Forbidden, PageLayout.End(html));
            return;
        }

        await handler(context, session, form);
    };

    private Task RunsAsync(HttpContext context, WebUiSession session)
    {
        var problems = new List<string>();
        var filter = RunFilter.Read(context.Request.Query, problems);
        return WebUiResponses.HtmlAsync(context, problems.Count == 0 ? StatusCodes.Status200OK : StatusCodes.Status400BadRequest,
            RunsPage.Render(runtime, filter, problems));
    }

    private Task RunAsync(HttpContext context, WebUiSession session) =>
        FindRun(context) is { } run
            ? WebUiResponses.HtmlAsync(context, StatusCodes.Status200OK, RunDetailsPage.Render(runtime, session, run, []))
            : RunNotFoundAsync(context);

    private async Task FileAsync(HttpContext context, WebUiSession session)
    {
        var index = int.Parse((string)context.Request.RouteValues["index"]!, System.Globalization.CultureInfo.InvariantCulture);
        if (FindRun(context) is not { } run || index < 0 || index >= run.Received.FileIds.Count
            || !runtime.Files.TryGet(run.Received.FileIds[index], out var file) || file.Content is not { } content)
        {
            await RunNotFoundAsync(context);
            return;
        }

        WebUiResponses.Protect(context.Response);
        context.Response.ContentType = "application/octet-stream";
        context.Response.Headers.ContentDisposition = new Microsoft.Net.Http.Headers.ContentDispositionHeaderValue("attachment")
        {
            FileNameStar = file.FileName,
        }.ToString();
        await context.Response.Body.WriteAsync(content, context.RequestAborted);
    }

    private Task ProcessesAsync(HttpContext context, WebUiSession session) =>
        WebUiResponses.HtmlAsync(context, StatusCodes.Status200OK, ProcessesPage.Render(runtime));

    private Task FaultsAsync(HttpContext context, WebUiSession session)
    {
        var query = context.Request.Query;
        var notice = query.ContainsKey("saved") ? "Saved: the next matching request draws from these settings."
            : query.ContainsKey("variants-saved") ? "Saved: the next request reads the new variants."
            : query.ContainsKey("reset") ? "The counters are back to zero."
            : null;
        return WebUiResponses.HtmlAsync(context, StatusCodes.Status200OK,
            FaultsPage.Render(runtime, session, runtime.Faults.Settings, [], notice));
    }

    private Task LiveAsync(HttpContext context, WebUiSession session)
    {
        // Digits and dots only, so the JSON needs no encoder.
        context.Response.ContentType = "application/json";
        context.Response.Headers.CacheControl = "no-store";
        var of = context.Request.Query["of"].ToString();
        return context.Response.WriteAsync("{\"stamp\":\"" + LiveStamp.Of(runtime, of) + "\"}", context.RequestAborted);
    }

    private async Task SignInAsync(HttpContext context)
    {
        var form = context.Request.HasFormContentType ? await context.Request.ReadFormAsync(context.RequestAborted) : FormCollection.Empty;
        var returnTo = LocalPath(form["return"].ToString());
        if (Access.SignIn(form["key"].ToString()) is not { } session)
        {
            await UnauthorizedAsync(context, "That is not an API key of this emulator's scenario.", returnTo);
            return;
        }

        Access.SetCookie(context, session);
        await WebUiResponses.SeeOtherAsync(context, returnTo);
    }

    private Task CancelAsync(HttpContext context, WebUiSession session, IFormCollection form)
    {
        if (FindRun(context) is not { } run)
            return RunNotFoundAsync(context);
        var now = runtime.Time.GetUtcNow();
        if (run.TryCancel(now))
            return WebUiResponses.SeeOtherAsync(context, RunDetailsPage.PathFor(run.Id));
        return WebUiResponses.HtmlAsync(context, StatusCodes.Status409Conflict,
            RunDetailsPage.Render(runtime, session, run, [$"cancel: the run is {run.StatusAt(now)} already"]));
    }

    private Task RunAgainAsync(HttpContext context, WebUiSession session, IFormCollection form)
    {
        if (FindRun(context) is not { } run)
            return RunNotFoundAsync(context);

        var problems = new List<string>();
        var edited = RunAgainForm.Read(form, problems, out var name, out var inputs);
        CompiledProcess? process = null;
        if (!runtime.Scenario.AgentsById.TryGetValue(run.AgentId, out var agent)
            || !agent.ProcessesById.TryGetValue(run.ProcessId, out var listed) || (process = listed.InStage(run.Stage)) is null)
            problems.Add($"process: '{run.ProcessId}' ({run.Stage}) is no longer in agent '{run.AgentId}' of the scenario");

        if (problems.Count == 0)
        {
            var request = new StartRunRequest(name, run.ProcessId, run.AgentId, run.Stage, inputs, run.FileIds);
            var origin = new RunOrigin(RunOrigin.WebUi, [], AnswerDropped: false);
            if (_starter.TryStart(request, process!, run.Received.FileNames, origin, out var error) is { } started)
                return WebUiResponses.SeeOtherAsync(context, RunDetailsPage.PathFor(started.Id));
            problems.Add(error!);
        }

        return WebUiResponses.HtmlAsync(context, StatusCodes.Status400BadRequest,
            RunDetailsPage.Render(runtime, session, run, problems, edited, name));
    }

    private Task SaveFaultsAsync(HttpContext context, WebUiSession session, IFormCollection form)
    {
        var problems = new List<string>();
        var settings = FaultsForm.Read(form, problems);
        if (problems.Count == 0)
        {
            try
            {
                runtime.Faults.Update(settings);
                return WebUiResponses.SeeOtherAsync(context, PageLayout.FaultsPath + "?saved");
            }
            catch (ArgumentException exception)
            {
                problems.Add(exception.Message.Split(" (Parameter")[0]);
            }
        }

        return WebUiResponses.HtmlAsync(context, StatusCodes.Status400BadRequest,
            FaultsPage.Render(runtime, session, settings, problems, notice: null));
    }

    private Task SaveVariantsAsync(HttpContext context, WebUiSession session, IFormCollection form)
    {
        var problems = new List<string>();
        var variants = VariantsForm.Read(form, problems, runtime.Variants);
        if (problems.Count == 0)
        {
            runtime.Variants.CopyFrom(variants);
            return WebUiResponses.SeeOtherAsync(context, PageLayout.FaultsPath + "?variants-saved");
        }

        return WebUiResponses.HtmlAsync(context, StatusCodes.Status400BadRequest,
            FaultsPage.Render(runtime, session, runtime.Faults.Settings, problems, notice: null, variants));
    }

    private Task ResetCountersAsync(HttpContext context, WebUiSession session, IFormCollection form)
    {
        runtime.Counters.Reset();
        return WebUiResponses.SeeOtherAsync(context, PageLayout.FaultsPath + "?reset");
    }

    private StoredRun? FindRun(HttpContext context) =>
        context.Request.RouteValues["run_id"] is string id && runtime.Runs.TryGet(id, out var run) ? run : null;

    private static Task RunNotFoundAsync(HttpContext context)
    {
        var html = PageLayout.Begin("No such run", current: PageLayout.RunsPath);
        html.Append($"""<p>This emulator has no such run (an emulator keeps runs in memory only, and may forget ended ones). <a href="/">All runs</a></p>""");
        return WebUiResponses.HtmlAsync(context, StatusCodes.Status404NotFound, PageLayout.End(html));
    }

    private static Task UnauthorizedAsync(HttpContext context, string? problem, string? returnTo = null) =>
        WebUiResponses.HtmlAsync(context, StatusCodes.Status401Unauthorized,
            SignInPage.Render(problem, returnTo ?? (HttpMethods.IsGet(context.Request.Method) ? context.Request.Path + WithoutToken(context.Request.Query) : "/")));

    /// <summary>A browser sends Origin with a POST; when it does, it must be this emulator's own.</summary>
    private static bool FromThisOrigin(HttpContext context)
    {
        var origin = context.Request.Headers.Origin.ToString();
        return origin.Length == 0
            || string.Equals(origin, context.Request.Scheme + "://" + context.Request.Host.Value, StringComparison.OrdinalIgnoreCase);
    }

    private static string WithoutToken(IQueryCollection query)
    {
        var kept = new List<KeyValuePair<string, Microsoft.Extensions.Primitives.StringValues>>();
        foreach (var pair in query)
        {
            if (pair.Key != WebUiAccess.TokenParameter)
                kept.Add(pair);
        }

        return QueryString.Create(kept).ToUriComponent();
    }

    // Only a path of this site: never another host ("//host" or a scheme).
    private static string LocalPath(string path) =>
        path.StartsWith('/') && !path.StartsWith("//", StringComparison.Ordinal) && !path.StartsWith("/\\", StringComparison.Ordinal) ? path : "/";
}
