using System;
using System.Collections.Generic;
using System.Globalization;

namespace KognitosGen.Emulator;

/// <summary>The faults page: the fault settings as a form, the counters of requests and faults, and the variants.</summary>
internal static class FaultsPage
{
    public static string Render(EmulatorRuntime runtime, WebUiSession session, FaultSettings shown, IReadOnlyList<string> problems,
        string? notice, EmulatorVariants? shownVariants = null)
    {
        var html = PageLayout.Begin("Faults and variants", PageLayout.FaultsPath);
        PageLayout.Problems(html, problems);
        if (notice is not null)
            html.Append($"""<p class="notice" role="status">{notice}</p>""");
        html.Append($"""
            <h2 id="faults">Faults on /v2</h2>
            <form method="post" action="{PageLayout.FaultsPath}" aria-labelledby="faults">{PageLayout.CsrfField(session)}
            <p class="muted">Rates are from 0 to 1 (1: every matching request). Saving restarts the random sequence from the seed; the same rules apply as to <code>PUT /_emulator/faults</code>.</p>
            <div class="grid-form">
            """);
        Field(html, "rateLimitRate", "429 rate", Number(shown.RateLimitRate), "number", "0.01");
        Field(html, "retryAfterSeconds", "Retry-After of a 429 (seconds)", Number(shown.RetryAfterSeconds), "number", "1");
        Field(html, "serviceUnavailableRate", "503 rate", Number(shown.ServiceUnavailableRate), "number", "0.01");
        Field(html, "dropBeforeHandlingRate", "Drop before handling, rate", Number(shown.DropBeforeHandlingRate), "number", "0.01");
        Field(html, "dropAfterHandlingRate", "Drop after handling, rate", Number(shown.DropAfterHandlingRate), "number", "0.01");
        Field(html, "latencyMs", "Latency (ms)", Number(shown.LatencyMs), "number", "1");
        Field(html, "latencyMaxMs", "Latency up to (ms, blank: fixed)", shown.LatencyMaxMs is { } max ? Number(max) : string.Empty, "number", "1");
        Field(html, "seed", "Seed", Number(shown.Seed), "number", "1");
        Field(html, "methods", "Methods (comma-separated, blank: all)", string.Join(", ", shown.Methods), "text", null);
        Field(html, "paths", "Paths (comma-separated, blank: all /v2)", string.Join(", ", shown.Paths), "text", null);
        html.Append($"""</div><div class="actions"><button type="submit">Save faults</button></div></form>""");
        Counters(html, session, runtime);
        Variants(html, session, shownVariants ?? runtime.Variants);
        return PageLayout.End(html);
    }

    private static void Counters(HtmlBuilder html, WebUiSession session, EmulatorRuntime runtime)
    {
        var counters = runtime.Counters.Snapshot();
        var faults = counters.Faults;
        html.Append($"""
            <h2 id="counters">Counters</h2>
            <div data-live="{LiveStamp.Counters}" data-stamp="{LiveStamp.OfCounters(runtime.Counters)}">
            <dl class="facts" aria-labelledby="counters">
            <dt>Requests answered or faulted</dt><dd data-counter="requests">{counters.TotalRequests}</dd>
            <dt>Runs created</dt><dd data-counter="runs">{counters.TotalRunsCreated}</dd>
            <dt>Files created</dt><dd data-counter="files">{counters.TotalFilesCreated}</dd>
            <dt>429 injected</dt><dd data-counter="rateLimited">{faults.RateLimited}</dd>
            <dt>503 injected</dt><dd data-counter="serviceUnavailable">{faults.ServiceUnavailable}</dd>
            <dt>Delayed</dt><dd data-counter="delayed">{faults.Delayed}</dd>
            <dt>Dropped before handling</dt><dd data-counter="droppedBefore">{faults.DroppedBeforeHandling}</dd>
            <dt>Dropped after handling</dt><dd data-counter="droppedAfter">{faults.DroppedAfterHandling}</dd>
            </dl>
            """);
        if (counters.RequestsByRoute.Count > 0)
        {
            html.Append($"""<details><summary>Requests per route</summary><div class="scroll"><table><thead><tr><th scope="col">Route</th><th scope="col">Requests</th></tr></thead><tbody>""");
            foreach (var (route, count) in counters.RequestsByRoute)
                html.Append($"""<tr><td><code>{route}</code></td><td>{count}</td></tr>""");
            html.Append($"</tbody></table></div></details>");
        }

        html.Append($"""
            </div>
            <form method="post" action="{PageLayout.FaultsPath}/reset-counters" class="actions">{PageLayout.CsrfField(session)}<button type="submit" class="secondary">Reset the counters</button></form>
            """);
    }

    private static void Variants(HtmlBuilder html, WebUiSession session, EmulatorVariants variants)
    {
        html.Append($"""
            <h2 id="variants">Variants</h2>
            <form method="post" action="{PageLayout.VariantsPath}" aria-labelledby="variants">{PageLayout.CsrfField(session)}
            <p class="muted">The readings taken where the public docs are silent (docs/emulator.md, "Variants"), checked as a scenario's <code>"variants"</code> are. In force: {variants.ToString()}.</p>
            <div class="grid-form">
            """);
        Choice(html, "runListOrder", variants.RunListOrder);
        Field(html, "runListLagMs", "runListLagMs", Number(variants.RunListLagMs), "number", "1");
        Field(html, "runStartStatusCode", "runStartStatusCode", Number(variants.RunStartStatusCode), "number", "1");
        Choice(html, "firstRunStatus", variants.FirstRunStatus);
        Choice(html, "createdAt", variants.CreatedAt);
        Field(html, "createdAtZoneOffsetMinutes", "createdAtZoneOffsetMinutes", Number(variants.CreatedAtZoneOffsetMinutes), "number", "1");
        Choice(html, "listOutputs", variants.ListOutputs);
        Choice(html, "errorBodies", variants.ErrorBodies);
        Choice(html, "statusWords", variants.StatusWords);
        Choice(html, "fileIds", variants.FileIds);
        Choice(html, "outputNames", variants.OutputNames);
        Check(html, "runsAwaitGuidance", variants.RunsAwaitGuidance);
        Check(html, "healthRequiresKey", variants.HealthRequiresKey);
        html.Append($"""</div><div class="actions"><button type="submit">Save variants</button></div></form>""");
    }

    private static void Choice<T>(HtmlBuilder html, string name, T value)
        where T : struct, Enum
    {
        html.Append($"""<div class="field"><label for="variant-{name}">{name}</label><select id="variant-{name}" name="{name}">""");
        foreach (var option in Enum.GetNames<T>())
        {
            if (option == value.ToString())
                html.Append($"""<option selected>{option}</option>""");
            else
                html.Append($"""<option>{option}</option>""");
        }

        html.Append($"</select></div>");
    }

    private static void Check(HtmlBuilder html, string name, bool value)
    {
        if (value)
            html.Append($"""<div class="field check"><input id="variant-{name}" name="{name}" type="checkbox" value="true" checked> <label for="variant-{name}">{name}</label></div>""");
        else
            html.Append($"""<div class="field check"><input id="variant-{name}" name="{name}" type="checkbox" value="true"> <label for="variant-{name}">{name}</label></div>""");
    }

    private static void Field(HtmlBuilder html, string name, string label, string value, string type, string? step)
    {
        if (step is null)
            html.Append($"""<div class="field"><label for="field-{name}">{label}</label><input id="field-{name}" name="{name}" type="{type}" value="{value}"></div>""");
        else
            html.Append($"""<div class="field"><label for="field-{name}">{label}</label><input id="field-{name}" name="{name}" type="{type}" step="{step}" value="{value}"></div>""");
    }

    private static string Number(double value) => value.ToString("0.####", CultureInfo.InvariantCulture);

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
