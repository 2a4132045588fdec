using System.Collections.Generic;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace KognitosGen.Emulator;

/// <summary>
/// The "run again" form: a run name and rows of input name and JSON value. Each row that cannot be sent is named in
/// the problems, as POST /v2/runs would name it.
/// </summary>
internal static class RunAgainForm
{
    /// <returns>The rows as typed, to show again when there are problems.</returns>
    public static List<(string Name, string Value)> Read(IFormCollection form, List<string> problems,
        out string name, out List<NameValue> inputs)
    {
        name = form["name"].ToString().Trim();
        if (name.Length > RequestValidation.MaxRunNameLength)
            problems.Add($"name: at most {RequestValidation.MaxRunNameLength} characters ({name.Length} given)");

        var names = form["input-name"];
        var values = form["input-value"];
        var rows = new List<(string, string)>();
        inputs = [];
        for (var i = 0; i < names.Count; i++)
        {
            var inputName = (names[i] ?? string.Empty).Trim();
            var text = i < values.Count ? values[i] ?? string.Empty : string.Empty;
            rows.Add((inputName, text));
            if (inputName.Length == 0)
            {
                problems.Add($"inputs[{i}].name: is required");
                continue;
            }

            try
            {
                using var document = JsonDocument.Parse(text);
                inputs.Add(new NameValue(inputName, document.RootElement.Clone()));
            }
            catch (JsonException exception)
            {
                problems.Add($"inputs[{i}].value ('{inputName}'): is not JSON ({exception.Message.Split(" Path:")[0]}); text goes in quotes, e.g. \"ACME\"");
            }
        }

        return rows;
    }
}
