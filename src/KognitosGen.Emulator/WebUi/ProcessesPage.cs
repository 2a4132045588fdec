using System.Collections.Generic;

namespace KognitosGen.Emulator;

/// <summary>The processes page: each agent's processes, their scripted schedule and outputs, and their runs.</summary>
internal static class ProcessesPage
{
    public static string Render(EmulatorRuntime runtime)
    {
        var runsPerProcess = new Dictionary<string, int>(System.StringComparer.Ordinal);
        foreach (var run in runtime.Runs.All())
        {
            var key = run.AgentId + "/" + run.ProcessId;
            runsPerProcess[key] = runsPerProcess.GetValueOrDefault(key) + 1;
        }

        var html = PageLayout.Begin("Processes", PageLayout.ProcessesPath);
        html.Append($"""<p class="muted">The scenario: what each agent has, how its runs move and what they return.</p>""");
        foreach (var agent in runtime.Scenario.Agents)
        {
            html.Append($"""
                <h2 id="agent-{agent.Id}">Agent <code>{agent.Id}</code></h2>
                <div class="scroll"><table aria-labelledby="agent-{agent.Id}">
                <thead><tr><th scope="col">Process</th><th scope="col">Stage</th><th scope="col">Scripted run</th><th scope="col">Outputs</th><th scope="col">Runs</th></tr></thead><tbody>
                """);
            foreach (var process in agent.Processes)
            {
                var schedule = process.Schedule;
                html.Append($"""
                    <tr data-process-id="{process.Id}"><td>{process.Name}<br><code>{process.Id}</code></td><td>{process.Stage}</td>
                    <td>Created {WebUiFormat.Ms(schedule.CreatedMs)}, Pending {WebUiFormat.Ms(schedule.PendingMs)}, Running {WebUiFormat.Ms(schedule.RunningMs)}, then {PageLayout.StatusBadge(schedule.TerminalStatus)}</td><td class="json">
                    """);
                foreach (var output in process.Outputs)
                    html.Append($"<div>{output.Name}: {WebUiFormat.Shorten(output.Describe(), 80)}</div>");
                if (process.OutputsFor is not null)
                    html.Append($"""<div class="muted">and outputs computed by a callback in the test's code</div>""");
                if (process.Outputs.Count == 0 && process.OutputsFor is null)
                    html.Append($"""<span class="muted">none</span>""");
                var runs = runsPerProcess.GetValueOrDefault(agent.Id + "/" + process.Id);
                html.Append($"""</td><td><a href="/?agent={agent.Id}&amp;process={process.Id}" aria-label="{runs} runs of {process.Name}">{runs}</a></td></tr>""");
            }

            html.Append($"</tbody></table></div>");
        }

        return PageLayout.End(html);
    }
}
