using System;
using System.Collections.Generic;
using System.Linq;

namespace KognitosGen.Emulator;

/// <summary>The runs page (<c>/</c>): filters, counts per status, one page of runs newest first, a pager.</summary>
internal static class RunsPage
{
    private const int OutputsShown = 3;

    public static string Render(EmulatorRuntime runtime, RunFilter filter, IReadOnlyList<string> problems)
    {
        var now = runtime.Time.GetUtcNow();
        var runs = runtime.Runs.All();
        var listing = RunListing.Of(runs, filter, now);
        var html = PageLayout.Begin("Runs", PageLayout.RunsPath);
        PageLayout.Problems(html, problems);
        Filters(html, runtime.Scenario, filter);
        html.Append($"""<div data-live="{LiveStamp.Runs}" data-stamp="{LiveStamp.Of(runs, now)}">""");
        Counts(html, filter, listing);
        Table(html, runtime.Scenario, listing);
        Pager(html, filter, listing);
        html.Append($"</div>");
        return PageLayout.End(html);
    }

    private static void Filters(HtmlBuilder html, CompiledScenario scenario, RunFilter filter)
    {
        html.Append($"""
            <form class="filters" method="get" action="/" role="search" aria-label="Filter runs">
            <div><label for="f-status">Status</label><select id="f-status" name="status"><option value="">Any</option>
            """);
        foreach (var status in RunStatuses.All)
            Option(html, status, status, filter.Status);
        html.Append($"""</select></div><div><label for="f-process">Process</label><select id="f-process" name="process"><option value="">Any</option>""");
        foreach (var process in scenario.Agents.SelectMany(a => a.Processes))
            Option(html, process.Id, $"{process.Name} ({process.Id})", filter.ProcessId);
        html.Append($"""</select></div><div><label for="f-agent">Agent</label><select id="f-agent" name="agent"><option value="">Any</option>""");
        foreach (var agent in scenario.Agents)
            Option(html, agent.Id, agent.Id, filter.AgentId);
        html.Append($"""</select></div><div><label for="f-stage">Stage</label><select id="f-stage" name="stage"><option value="">Any</option>""");
        Option(html, "Draft", "Draft", filter.Stage);
        Option(html, "Published", "Published", filter.Stage);
        html.Append($"""
            </select></div>
            <div><label for="f-key">Business key or its token</label><input id="f-key" name="key" value="{filter.BusinessKey}" size="16"></div>
            <div><label for="f-q">Name contains</label><input id="f-q" name="q" type="search" value="{filter.Text}" size="16"></div>
            <div><label for="f-from">Created from (UTC)</label><input id="f-from" name="from" type="datetime-local" value="{filter.From}"></div>
            <div><label for="f-to">Created to (UTC)</label><input id="f-to" name="to" type="datetime-local" value="{filter.To}"></div>
            <div><label for="f-size">Per page</label><select id="f-size" name="size">
            """);
        foreach (var size in RunFilter.PageSizes)
            Option(html, size.ToString(System.Globalization.CultureInfo.InvariantCulture), size.ToString(System.Globalization.CultureInfo.InvariantCulture),
                filter.PageSize.ToString(System.Globalization.CultureInfo.InvariantCulture));
        html.Append($"""
            </select></div>
            <div class="actions"><button type="submit">Apply filters</button><a class="button secondary" href="/">Clear</a></div>
            </form>
            """);
    }

    private static void Counts(HtmlBuilder html, RunFilter filter, RunListing listing)
    {
        html.Append($"""<ul class="counts" aria-label="Runs per status">""");
        var all = listing.CountsByStatus.Sum();
        html.Append($"""<li><a href="{filter.ToQuery(anyStatus: true)}" aria-current="{(filter.Status is null ? "true" : "false")}">All <span data-count="All">{all}</span></a></li>""");
        for (var i = 0; i < RunStatuses.All.Length; i++)
        {
            var status = RunStatuses.All[i];
            html.Append($"""<li><a href="{filter.ToQuery(status: status)}" aria-current="{(filter.Status == status ? "true" : "false")}">{status} <span data-count="{status}">{listing.CountsByStatus[i]}</span></a></li>""");
        }

        html.Append($"</ul>");
    }

    private static void Table(HtmlBuilder html, CompiledScenario scenario, RunListing listing)
    {
        if (listing.Items.Count == 0)
        {
            html.Append($"""<p class="muted" data-empty>No runs match.</p>""");
            return;
        }

        html.Append($"""
            <div class="scroll"><table aria-label="Runs, newest first">
            <thead><tr><th scope="col">Run</th><th scope="col">Status</th><th scope="col">Process</th><th scope="col" class="hide-narrow">Stage</th><th scope="col">Created</th><th scope="col">Outputs</th></tr></thead>
            <tbody>
            """);
        foreach (var (run, status) in listing.Items)
        {
            var process = scenario.AgentsById.TryGetValue(run.AgentId, out var agent) && agent.ProcessesById.TryGetValue(run.ProcessId, out var found)
                ? found.Name
                : run.ProcessId;
            html.Append($"""
                <tr data-run-id="{run.Id}"><td><a href="{RunDetailsPage.PathFor(run.Id)}">{WebUiFormat.Shorten(run.Name.Length == 0 ? run.Id : run.Name, 80)}</a></td>
                <td>{PageLayout.StatusBadge(status)}</td><td>{process}</td><td class="hide-narrow">{run.Stage}</td><td>{WebUiFormat.Time(run.CreatedAt)}</td><td class="json">
                """);
            if (status == nameof(TerminalRunStatus.Succeeded))
            {
                foreach (var output in run.Outputs.Take(OutputsShown))
                    html.Append($"<div>{output.Name}: {WebUiFormat.Shorten(WebUiFormat.Json(output.Value), 60)}</div>");
                if (run.Outputs.Count > OutputsShown)
                    html.Append($"""<div class="muted">and {run.Outputs.Count - OutputsShown} more</div>""");
            }

            html.Append($"</td></tr>\n");
        }

        html.Append($"</tbody></table></div>");
    }

    private static void Pager(HtmlBuilder html, RunFilter filter, RunListing listing)
    {
        html.Append($"""<nav class="pager" aria-label="Pages of runs">""");
        if (listing.Page > 1)
            html.Append($"""<a href="{filter.ToQuery(page: listing.Page - 1)}" rel="prev">Newer</a>""");
        html.Append($"<span>Page {Math.Min(listing.Page, listing.PageCount)} of {listing.PageCount} ({listing.Total} runs)</span>");
        if (listing.Page < listing.PageCount)
            html.Append($"""<a href="{filter.ToQuery(page: listing.Page + 1)}" rel="next">Older</a>""");
        html.Append($"</nav>");
    }

    private static void Option(HtmlBuilder html, string value, string label, string? selected)
    {
        if (value == selected)
            html.Append($"""<option value="{value}" selected>{label}</option>""");
        else
            html.Append($"""<option value="{value}">{label}</option>""");
    }
}
