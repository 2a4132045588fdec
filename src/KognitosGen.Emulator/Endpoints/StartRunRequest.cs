using System.Collections.Generic;
using System.Text.Json;

namespace KognitosGen.Emulator;

/// <summary>The body of POST /v2/runs, read member by member against the documented constraints.</summary>
internal sealed record StartRunRequest(
    string Name,
    string ProcessId,
    string AgentId,
    string Stage,
    IReadOnlyList<NameValue> Inputs,
    IReadOnlyList<string>? FileIds)
{
    /// <summary>Reads the request; when <paramref name="errors"/> grows, the returned value is meaningless.</summary>
    public static StartRunRequest Read(JsonElement body, List<ErrorDetail> errors)
    {
        var name = JsonBody.BoundedString(body, "name", RequestValidation.MaxRunNameLength, errors);
        var processId = JsonBody.Id(body, "process_id", required: true, errors);
        var agentId = JsonBody.Id(body, "agent_id", required: true, errors);
        var stage = JsonBody.String(body, "stage", required: true, errors);
        if (stage is not null && !RequestValidation.TryParseStage(stage, out stage))
            errors.Add(new ErrorDetail("stage", RequestValidation.StageRuleMessage));

        return new StartRunRequest(name ?? string.Empty, processId ?? string.Empty, agentId ?? string.Empty,
            stage ?? string.Empty, ReadInputs(body, errors), ReadFileIds(body, errors));
    }

    private static List<NameValue> ReadInputs(JsonElement body, List<ErrorDetail> errors)
    {
        var inputs = new List<NameValue>();
        if (JsonBody.OptionalArray(body, "inputs", errors) is not { } array)
            return inputs;

        var index = 0;
        foreach (var item in array.EnumerateArray())
        {
            var field = $"inputs[{index++}]";
            if (item.ValueKind != JsonValueKind.Object)
            {
                errors.Add(new ErrorDetail(field, "must be an object {\"name\", \"value\"}"));
                continue;
            }

            if (!item.TryGetProperty("name", out var name) || !JsonBody.IsString(name, out var text) || text.Length == 0)
                errors.Add(new ErrorDetail(field + ".name", "is required and must be a non-empty string"));
            else if (!item.TryGetProperty("value", out var value))
                errors.Add(new ErrorDetail(field + ".value", "is required (null is allowed)"));
            else
                inputs.Add(new NameValue(text, value.Clone()));
        }

        return inputs;
    }

    private static List<string>? ReadFileIds(JsonElement body, List<ErrorDetail> errors)
    {
        if (JsonBody.OptionalArray(body, "file_ids", errors) is not { } array)
            return null;

        var ids = new List<string>();
        var index = 0;
        foreach (var item in array.EnumerateArray())
        {
            var field = $"file_ids[{index++}]";
            if (!JsonBody.IsString(item, out var id) || id.Length == 0)
                errors.Add(new ErrorDetail(field, "must be a non-empty string"));
            else
                ids.Add(id);
        }

        return ids;
    }
}
