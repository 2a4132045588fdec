using System;
using System.Collections.Generic;
using System.Linq;

namespace KognitosGen.Emulator;

/// <summary>
/// A run's page: its facts, status timeline, inputs and outputs (table and raw JSON), files, the request that created
/// it, and its actions: cancel, and run again with the same or edited inputs.
/// </summary>
internal static class RunDetailsPage
{
    public const string PathPrefix = "/ui/runs/";

    public static string PathFor(string runId) => PathPrefix + Uri.EscapeDataString(runId);

    public static string Render(EmulatorRuntime runtime, WebUiSession session, StoredRun run, IReadOnlyList<string> problems,
        IReadOnlyList<(string Name, string Value)>? editedInputs = null, string? editedName = null)
    {
        var now = runtime.Time.GetUtcNow();
        var status = run.StatusAt(now);
        var html = PageLayout.Begin(run.Name.Length == 0 ? "Run " + run.Id : run.Name, current: PageLayout.RunsPath);
        PageLayout.Problems(html, problems);
        html.Append($"""<div data-live="{LiveStamp.Runs}" data-stamp="{LiveStamp.Of(runtime.Runs.All(), now)}">""");
        Facts(html, runtime, run, status);
        if (!StoredRun.IsTerminal(status))
        {
            html.Append($"""
                <form method="post" action="{PathFor(run.Id)}/cancel" class="actions">{PageLayout.CsrfField(session)}
                <button type="submit" class="danger">Cancel this run</button></form>
                """);
        }

        html.Append($"""<h2 id="timeline">Status timeline</h2><ol class="timeline" aria-labelledby="timeline">""");
        foreach (var (step, at) in RunTimeline.Of(run, now))
            html.Append($"<li>{PageLayout.StatusBadge(step)} at {WebUiFormat.Time(at)} <span class=\"muted\">(+{WebUiFormat.Ms((at - run.CreatedAt).TotalMilliseconds)})</span></li>");
        html.Append($"</ol>");
        Values(html, "Outputs", "outputs", status == nameof(TerminalRunStatus.Succeeded) ? run.Outputs : null,
            $"None shown: the API shows outputs once the run has Succeeded ({run.Outputs.Count} scripted).");
        html.Append($"</div>");

        Values(html, "Inputs", "inputs", run.Received.Inputs.Select(i => new NameValue(i.Key, i.Value)).ToList(), "No inputs.");
        Files(html, runtime, run);
        Origin(html, run.Origin);
        RunAgain(html, session, run, editedInputs, editedName);
        return PageLayout.End(html);
    }

    private static void Facts(HtmlBuilder html, EmulatorRuntime runtime, StoredRun run, string status)
    {
        var processName = runtime.Scenario.AgentsById.TryGetValue(run.AgentId, out var agent)
            && agent.ProcessesById.TryGetValue(run.ProcessId, out var process) ? process.Name : "(no longer in the scenario)";
        html.Append($"""
            <dl class="facts">
            <dt>Status</dt><dd data-status="{status}">{PageLayout.StatusBadge(status)}</dd>
            <dt>Run ID</dt><dd><code>{run.Id}</code></dd>
            <dt>Process</dt><dd><a href="/?process={Uri.EscapeDataString(run.ProcessId)}">{processName}</a> <code>{run.ProcessId}</code></dd>
            <dt>Agent</dt><dd><code>{run.AgentId}</code></dd>
            <dt>Stage</dt><dd>{run.Stage}</dd>
            <dt>Created</dt><dd>{WebUiFormat.Time(run.CreatedAt)}</dd>
            </dl>
            """);
    }

    private static void Values(HtmlBuilder html, string title, string id, IReadOnlyList<NameValue>? values, string none)
    {
        html.Append($"""<h2 id="{id}">{title}</h2>""");
        if (values is null || values.Count == 0)
        {
            html.Append($"""<p class="muted">{none}</p>""");
            return;
        }

        html.Append($"""
            <div class="scroll"><table aria-labelledby="{id}" data-values="{id}">
            <thead><tr><th scope="col">Name</th><th scope="col">Value (JSON)</th><th scope="col" class="hide-narrow">Type</th></tr></thead><tbody>
            """);
        foreach (var value in values)
            html.Append($"""<tr><th scope="row">{value.Name}</th><td class="json">{WebUiFormat.Json(value.Value)}</td><td class="hide-narrow">{WebUiFormat.Kind(value.Value)}</td></tr>""");
        html.Append($"</tbody></table></div>");
        html.Append($"""<details><summary>{title} as raw JSON</summary><pre>{WebUiFormat.NameValues(values)}</pre></details>""");
    }

    private static void Files(HtmlBuilder html, EmulatorRuntime runtime, StoredRun run)
    {
        html.Append($"""<h2 id="files">Files</h2>""");
        var ids = run.Received.FileIds;
        if (ids.Count == 0)
        {
            html.Append($"""<p class="muted">No files.</p>""");
            return;
        }

        html.Append($"""<div class="scroll"><table aria-labelledby="files"><thead><tr><th scope="col">Name</th><th scope="col">Size</th><th scope="col">File ID</th></tr></thead><tbody>""");
        for (var i = 0; i < ids.Count; i++)
        {
            var name = i < run.Received.FileNames.Count ? run.Received.FileNames[i] : ids[i];
            if (runtime.Files.TryGet(ids[i], out var file) && file.Content is { } content)
                html.Append($"""<tr><td><a href="{PathFor(run.Id)}/files/{i}" download="{name}">{name}</a></td><td>{WebUiFormat.Size(content.Length)}</td><td><code>{ids[i]}</code></td></tr>""");
            else
                html.Append($"""<tr><td>{name}</td><td class="muted">not uploaded</td><td><code>{ids[i]}</code></td></tr>""");
        }

        html.Append($"</tbody></table></div>");
    }

    private static void Origin(HtmlBuilder html, RunOrigin? origin)
    {
        html.Append($"""<h2 id="request">The request that created it</h2>""");
        if (origin is null)
        {
            html.Append($"""<p class="muted">Not recorded.</p>""");
            return;
        }

        var answer = origin.AnswerDropped
            ? "Dropped by a fault after the run was created: the caller never received the answer."
            : "Answered.";
        html.Append($"""<dl class="facts"><dt>From</dt><dd>{origin.Source}</dd><dt>Answer</dt><dd data-answer>{answer}</dd></dl>""");
        if (origin.Headers.Count == 0)
            return;
        html.Append($"""<details><summary>Request headers (the API key left out)</summary><div class="scroll"><table><thead><tr><th scope="col">Header</th><th scope="col">Value</th></tr></thead><tbody>""");
        foreach (var (name, value) in origin.Headers)
            html.Append($"""<tr><th scope="row">{name}</th><td class="json">{value}</td></tr>""");
        html.Append($"</tbody></table></div></details>");
    }

    private static void RunAgain(HtmlBuilder html, WebUiSession session, StoredRun run,
        IReadOnlyList<(string Name, string Value)>? editedInputs, string? editedName)
    {
        var inputs = editedInputs ?? run.Received.Inputs.Select(i => (i.Key, WebUiFormat.Json(i.Value))).ToList();
        html.Append($"""
            <h2 id="run-again">Run again</h2>
            <form method="post" action="{PathFor(run.Id)}/run-again" data-inputs aria-labelledby="run-again">{PageLayout.CsrfField(session)}
            <p class="muted">Starts a run of the same process, stage and files, as <code>POST /v2/runs</code> would. Each value is JSON: text in quotes, numbers, true/false, null, arrays, objects.</p>
            <div class="field"><label for="run-name">Run name</label><input id="run-name" name="name" value="{editedName ?? run.Name}" size="50" maxlength="{RequestValidation.MaxRunNameLength}"></div>
            <div data-rows>
            """);
        for (var i = 0; i < inputs.Count; i++)
            InputRow(html, i + 1, inputs[i].Item1, inputs[i].Item2);
        html.Append($"""
            </div>
            <template>{new HtmlRaw(InputRowMarkup(0, string.Empty, string.Empty))}</template>
            <div class="actions"><button type="button" class="secondary" data-add>Add an input</button><button type="submit">Start the run</button></div>
            </form>
            """);
    }

    private static void InputRow(HtmlBuilder html, int n, string name, string value) =>
        html.Append($"{new HtmlRaw(InputRowMarkup(n, name, value))}");

    private static string InputRowMarkup(int n, string name, string value)
    {
        var row = new HtmlBuilder();
        row.Append($"""
            <div class="input-row">
            <div class="field"><label for="input-name-{n}" data-for="input-name-">Input name</label><input id="input-name-{n}" data-id="input-name-" name="input-name" value="{name}" required></div>
            <div class="field"><label for="input-value-{n}" data-for="input-value-">Value (JSON)</label><textarea id="input-value-{n}" data-id="input-value-" name="input-value" rows="1" required>{value}</textarea></div>
            <button type="button" class="secondary" data-remove aria-label="Remove input {name}">Remove</button>
            </div>
            """);
        return row.ToString();
    }
}
