using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;

namespace KognitosGen.Emulator;

/// <summary>
/// Validates a scenario and turns it into the immutable form the handlers read. Every problem is collected
/// with its JSON-style path, so one error message lists all that is wrong.
/// </summary>
internal static class ScenarioCompiler
{
    /// <param name="scenario">The scenario to check and compile.</param>
    /// <param name="source">Names the scenario in error messages.</param>
    /// <param name="acceptAnyKey">When the scenario lists no key, accept any non-empty one (a replay given no key) instead of refusing it.</param>
    public static CompiledScenario Compile(EmulatorScenario scenario, string source, bool acceptAnyKey = false)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var problems = new List<string>();
        var agents = CompileAgents(scenario.Agents, problems);
        var agentsById = new Dictionary<string, CompiledAgent>(StringComparer.Ordinal);
        foreach (var agent in agents)
            agentsById.TryAdd(agent.Id, agent);

        var anyKey = acceptAnyKey && (scenario.ApiKeys is null || scenario.ApiKeys.Count == 0);
        var keys = anyKey ? new Dictionary<string, ApiCaller>(StringComparer.Ordinal) : CompileKeys(scenario.ApiKeys, agentsById, problems);
        if (scenario.Faults is not null)
            FaultSettingsValidator.Validate(scenario.Faults, "faults.", problems);
        if (scenario.Variants is not null)
            EmulatorVariantsValidator.Validate(scenario.Variants, "variants.", problems);
        if (scenario.UploadSizeLimitBytes < 0)
            problems.Add("uploadSizeLimitBytes: must be 0 or more");

        if (problems.Count > 0)
            throw new ScenarioException(source, problems);

        return new CompiledScenario(keys, agents, agentsById, (scenario.Faults ?? FaultSettings.None).Clone(),
            scenario.UploadSizeLimitBytes, scenario.ListIncludesOutputs, anyKey);
    }

    private static Dictionary<string, ApiCaller> CompileKeys(
        IList<ScenarioApiKey>? apiKeys, Dictionary<string, CompiledAgent> agents, List<string> problems)
    {
        var keys = new Dictionary<string, ApiCaller>(StringComparer.Ordinal);
        if (apiKeys is null || apiKeys.Count == 0)
        {
            problems.Add("apiKeys: at least one key is needed, or no request can be authorised");
            return keys;
        }

        for (var i = 0; i < apiKeys.Count; i++)
        {
            var path = $"apiKeys[{i}]";
            var key = apiKeys[i];
            if (key is null || string.IsNullOrWhiteSpace(key.Key))
            {
                problems.Add($"{path}.key: must not be empty");
                continue;
            }

            if (key.AgentId is not null && !agents.ContainsKey(key.AgentId))
                problems.Add($"{path}.agentId: no agent '{key.AgentId}' in this scenario");
            if (!keys.TryAdd(key.Key, new ApiCaller(key.Key, key.AgentId)))
                problems.Add($"{path}.key: the same key is listed twice");
        }

        return keys;
    }

    private static List<CompiledAgent> CompileAgents(IList<ScenarioAgent>? agents, List<string> problems)
    {
        var compiled = new List<CompiledAgent>();
        // No agents is allowed: an in-process emulator may get its processes later (KognitosEmulator.SetProcess).
        if (agents is null)
            return compiled;

        var agentIds = new HashSet<string>(StringComparer.Ordinal);
        var processIds = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < agents.Count; i++)
        {
            var path = $"agents[{i}]";
            var agent = agents[i];
            if (agent is null)
            {
                problems.Add($"{path}: must be an object");
                continue;
            }

            CheckId($"{path}.id", agent.Id, problems);
            if (agent.Id is not null && !agentIds.Add(agent.Id))
                problems.Add($"{path}.id: agent '{agent.Id}' is listed twice");

            var processes = new List<CompiledProcess>();
            var list = agent.Processes ?? [];
            for (var j = 0; j < list.Count; j++)
            {
                var process = CompileProcess($"{path}.processes[{j}]", agent.Id ?? string.Empty, list[j], problems);
                if (process is null)
                    continue;
                if (!processIds.Add(process.Id))
                    problems.Add($"{path}.processes[{j}].id: process '{process.Id}' is listed twice");
                else
                    processes.Add(process);
            }

            compiled.Add(new CompiledAgent(agent.Id ?? string.Empty, processes,
                processes.ToDictionary(p => p.Id, StringComparer.Ordinal)));
        }

        return compiled;
    }

    /// <summary>
    /// Adds <paramref name="process"/> to <paramref name="agentId"/> in a copy of <paramref name="scenario"/>, replacing
    /// the process of the same ID; the agent is added when new.
    /// </summary>
    /// <exception cref="ScenarioException">The process is invalid, or its ID belongs to another agent.</exception>
    public static CompiledScenario WithProcess(CompiledScenario scenario, string agentId, ScenarioProcess process)
    {
        ArgumentNullException.ThrowIfNull(process);
        var problems = new List<string>();
        CheckId("agentId", agentId, problems);
        var compiled = CompileProcess("process", agentId, process, problems);
        if (scenario.Agents.FirstOrDefault(a => a.Id != agentId && a.ProcessesById.ContainsKey(process.Id ?? string.Empty)) is { } other)
            problems.Add($"process.id: process '{process.Id}' belongs to agent '{other.Id}'");
        if (problems.Count > 0 || compiled is null)
            throw new ScenarioException("process", problems);

        var agents = new List<CompiledAgent>();
        var added = false;
        foreach (var agent in scenario.Agents)
        {
            if (agent.Id != agentId)
            {
                agents.Add(agent);
                continue;
            }

            var processes = agent.Processes.Where(p => p.Id != compiled.Id).ToList();
            var index = agent.Processes.ToList().FindIndex(p => p.Id == compiled.Id);
            processes.Insert(index < 0 ? processes.Count : index, compiled);
            agents.Add(new CompiledAgent(agentId, processes, processes.ToDictionary(p => p.Id, StringComparer.Ordinal)));
            added = true;
        }

        if (!added)
            agents.Add(new CompiledAgent(agentId, [compiled], new Dictionary<string, CompiledProcess>(StringComparer.Ordinal) { [compiled.Id] = compiled }));
        return scenario with { Agents = agents, AgentsById = agents.ToDictionary(a => a.Id, StringComparer.Ordinal) };
    }

    private static CompiledProcess? CompileProcess(string path, string agentId, ScenarioProcess? process, List<string> problems)
    {
        if (process is null)
        {
            problems.Add($"{path}: must be an object");
            return null;
        }

        CheckId($"{path}.id", process.Id, problems);
        if (string.IsNullOrWhiteSpace(process.Name))
            problems.Add($"{path}.name: must not be empty");
        if (!Enum.IsDefined(process.Stage))
            problems.Add($"{path}.stage: must be \"Draft\" or \"Published\"");

        var compiled = CompilePlan(path + ".run", process.Id ?? string.Empty, process.Name ?? string.Empty, agentId,
            process.Stage.ToString(), process.Run ?? new ScenarioRunPlan(), problems);
        if (process.OtherStageRun is not { } otherPlan)
            return compiled;

        var otherStage = process.Stage == ProcessStage.Published ? nameof(ProcessStage.Draft) : nameof(ProcessStage.Published);
        var other = CompilePlan(path + ".otherStageRun", compiled.Id, compiled.Name, agentId, otherStage, otherPlan, problems);
        return compiled with { OtherStage = other };
    }

    private static CompiledProcess CompilePlan(string runPath, string id, string processName, string agentId, string stage,
        ScenarioRunPlan plan, List<string> problems)
    {
        if (plan.CreatedMs < 0)
            problems.Add($"{runPath}.createdMs: must be 0 or more");
        if (plan.PendingMs < 0)
            problems.Add($"{runPath}.pendingMs: must be 0 or more");
        if (plan.RunningMs < 0)
            problems.Add($"{runPath}.runningMs: must be 0 or more");
        if (!Enum.IsDefined(plan.Status))
            problems.Add($"{runPath}.status: must be one of {string.Join(", ", Enum.GetNames<TerminalRunStatus>())}");

        var outputs = new List<OutputTemplate>();
        foreach (var (name, value) in plan.Outputs ?? [])
        {
            var template = CompileOutput($"{runPath}.outputs[\"{name}\"]", name, value, problems);
            if (template is not null)
                outputs.Add(template);
        }

        var schedule = new RunSchedule(plan.CreatedMs, plan.PendingMs, plan.RunningMs, plan.Status.ToString());
        return new CompiledProcess(id, processName, agentId, stage, schedule, outputs, plan.OutputsFor);
    }

    private static OutputTemplate? CompileOutput(string path, string name, JsonNode? value, List<string> problems)
    {
        if (string.IsNullOrEmpty(name))
        {
            problems.Add($"{path}: an output name must not be empty");
            return null;
        }

        // An object with a single "$..." member is a directive; anything else is literal JSON.
        if (value is not JsonObject obj || obj.Count != 1 || !obj.First().Key.StartsWith('$'))
            return OutputTemplate.Literal(name, JsonElements.FromNode(value));

        var (directive, argument) = obj.First();
        switch (directive)
        {
            case "$input" when argument is JsonValue v && v.TryGetValue<string>(out var inputName) && inputName.Length > 0:
                return OutputTemplate.InputEcho(name, inputName);
            case "$input":
                problems.Add($"{path}.$input: must be the name of an input (a non-empty string)");
                return null;
            case "$files" when argument is JsonValue v && v.TryGetValue<string>(out var what) && what == "names":
                return OutputTemplate.FileNames(name);
            case "$files" when argument is JsonValue v && v.TryGetValue<string>(out var what) && what == "count":
                return OutputTemplate.FileCount(name);
            case "$files":
                problems.Add($"{path}.$files: must be \"names\" or \"count\"");
                return null;
            case "$literal":
                return OutputTemplate.Literal(name, JsonElements.FromNode(argument));
            default:
                problems.Add($"{path}: unknown directive '{directive}' (use $input, $files or $literal)");
                return null;
        }
    }

    private static void CheckId(string path, string? id, List<string> problems)
    {
        if (!RequestValidation.IsValidId(id))
            problems.Add($"{path}: must be 1 to {RequestValidation.MaxIdLength} characters of [a-zA-Z0-9_-] (got {Quote(id)})");
    }

    private static string Quote(string? value) => value is null ? "null" : $"'{value}'";
}
