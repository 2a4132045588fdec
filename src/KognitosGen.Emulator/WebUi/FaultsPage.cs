using System;
using System.Collections.Generic;
using System.Globalization;

namespace KognitosGen.Emulator;

/// <summary>The faults page: the fault settings as a form, the counters of requests and faults, and the variants.</summary>
internal static class FaultsPage
{
    public static string Render(EmulatorRuntime runtime, WebUiSession session, FaultSettings shown, IReadOnlyList<string> problems, string? notice)
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
        Variants(html, runtime.Variants);
        return PageLayout.End(html);
    }

    private static void Counters(HtmlBuilder html, WebUiSession session, EmulatorRuntime runtime)
    {
        var counters = runtime.Counters.Snapshot();
        var faults = counters.Faults;
        html.Append($"""
            <h2 id="counters">Counters</h2>
            <div data-live data-stamp="{LiveStamp.Of(runtime)}">
            <dl class="facts" aria-labelledby="counters">
            <dt>Requests answered or faulted</dt><dd data-counter="requests">{counters.TotalRequests}</dd>
            <dt>Runs created</dt><dd data-counter="runs">{counters.TotalRunsCreated}</dd>
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

    private static void Variants(HtmlBuilder html, EmulatorVariants variants)
    {
        html.Append($"""
            <h2 id="variants">Variants</h2>
            <p class="muted">The readings taken where the public docs are silent; set in the scenario (<code>"variants"</code>) or the hosting options. In force: {variants.ToString()}.</p>
            <div class="scroll"><table aria-labelledby="variants"><thead><tr><th scope="col">Variant</th><th scope="col">Value</th></tr></thead><tbody>
            """);
        void Row(string name, object value) =>
            html.Append($"<tr><th scope=\"row\"><code>{name}</code></th><td>{string.Format(CultureInfo.InvariantCulture, "{0}", value)}</td></tr>");
        Row("runListOrder", variants.RunListOrder);
        Row("runListLagMs", variants.RunListLagMs);
        Row("runStartStatusCode", variants.RunStartStatusCode);
        Row("firstRunStatus", variants.FirstRunStatus);
        Row("createdAt", variants.CreatedAt);
        Row("createdAtZoneOffsetMinutes", variants.CreatedAtZoneOffsetMinutes);
        Row("listOutputs", variants.ListOutputs);
        Row("errorBodies", variants.ErrorBodies);
        Row("statusWords", variants.StatusWords);
        Row("runsAwaitGuidance", variants.RunsAwaitGuidance);
        Row("fileIds", variants.FileIds);
        Row("healthRequiresKey", variants.HealthRequiresKey);
        Row("outputNames", variants.OutputNames);
        html.Append($"</tbody></table></div>");
    }

    private static void Field(HtmlBuilder html, string name, string label, string value, string type, string? step)
    {
        if (step is null)
            html.Append($"""<div class="field"><label for="fault-{name}">{label}</label><input id="fault-{name}" name="{name}" type="{type}" value="{value}"></div>""");
        else
            html.Append($"""<div class="field"><label for="fault-{name}">{label}</label><input id="fault-{name}" name="{name}" type="{type}" step="{step}" value="{value}"></div>""");
    }

    private static string Number(double value) => value.ToString("0.####", CultureInfo.InvariantCulture);

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
