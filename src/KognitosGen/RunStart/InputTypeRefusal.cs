using System;
using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace KognitosGen.RunStart;

/// <summary>
/// Explains a start refused for an input value's JSON type (a 400 or 422 whose details point at <c>inputs[i]</c>,
/// when that input was not sent as a string): which input, how it was sent, the reading the server takes, and the
/// option that answers it. Such a refusal created nothing, so the start is safe to send again.
/// </summary>
internal static class InputTypeRefusal
{
    private static readonly Regex FieldIndex = new(@"inputs\[(\d+)\](?:\.value)?(?![.\w\[])", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    /// <summary>The failure with the explanation, or null when it is not such a refusal.</summary>
    public static KognitosApiException? Explain(KognitosApiException failure, ArraySegment<byte> body, KognitosInputValueForm form)
    {
        if (failure.Kind != KognitosFailureKind.HttpError || failure.StatusCode is not (400 or 422) || failure.Details is not { } details)
            return null;
        if (RefusedIndex(details) is not { } index || SentInput(body, index) is not { } input)
            return null;

        var (name, value) = input;
        if (value.ValueKind is JsonValueKind.String or JsonValueKind.Null)
            return null;

        var kind = value.ValueKind switch
        {
            JsonValueKind.True or JsonValueKind.False => "boolean",
            JsonValueKind.Number => "number",
            JsonValueKind.Object => "object",
            _ => "array",
        };
        var advice = form == KognitosInputValueForm.Strings
            ? "The client already sends input values as strings; the server refused this one anyway."
            : "Set KognitosClientOptions.InputValues = KognitosInputValueForm.Strings to send every input value in its invariant string form.";
        var message = string.Format(CultureInfo.InvariantCulture,
            "Kognitos refused the run start: input '{0}' (inputs[{1}]) was sent as a JSON {2} ({3}), and the server reads input values as strings only. "
            + "Nothing was started, so the start is safe to send again. {4} The server said: {5}",
            name, index, kind, Snippet(value.GetRawText()), advice, failure.Message);
        return failure.WithMessage(message);
    }

    /// <summary>The first input index the details name: a field like <c>inputs[1].value</c> or a FastAPI <c>loc</c> like <c>["body", "inputs", 1, "value"]</c>.</summary>
    private static int? RefusedIndex(JsonElement details)
    {
        if (details.ValueKind != JsonValueKind.Array)
            return null;
        foreach (var item in details.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.Object)
                continue;
            foreach (var member in item.EnumerateObject())
            {
                if (member.Value.ValueKind == JsonValueKind.String
                    && FieldIndex.Match(member.Value.GetString() ?? "") is { Success: true } match
                    && int.TryParse(match.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var fromField))
                    return fromField;
                if (member.Value.ValueKind == JsonValueKind.Array && LocIndex(member.Value) is { } fromLoc)
                    return fromLoc;
            }
        }

        return null;
    }

    // ["body", "inputs", 1, "value"] or ["body", "inputs", 1]; not ["body", "inputs", 1, "name"].
    private static int? LocIndex(JsonElement loc)
    {
        var length = loc.GetArrayLength();
        for (var i = 0; i + 1 < length; i++)
        {
            if (loc[i].ValueKind != JsonValueKind.String || !loc[i].ValueEquals("inputs"))
                continue;
            if (loc[i + 1].ValueKind != JsonValueKind.Number || !loc[i + 1].TryGetInt32(out var index))
                return null;
            var rest = length - (i + 2);
            return rest == 0 || (rest == 1 && loc[i + 2].ValueKind == JsonValueKind.String && loc[i + 2].ValueEquals("value")) ? index : null;
        }

        return null;
    }

    /// <summary>The name and value of the <paramref name="index"/>th input the body sent.</summary>
    private static (string Name, JsonElement Value)? SentInput(ArraySegment<byte> body, int index)
    {
        try
        {
            using var document = JsonDocument.Parse(body.AsMemory());
            if (!document.RootElement.TryGetProperty("inputs", out var inputs) || inputs.ValueKind != JsonValueKind.Array
                || index >= inputs.GetArrayLength())
                return null;
            var input = inputs[index];
            if (input.ValueKind != JsonValueKind.Object || !input.TryGetProperty("value", out var value))
                return null;
            var name = input.TryGetProperty("name", out var n) && n.ValueKind == JsonValueKind.String ? n.GetString() ?? "" : "";
            return (name, value.Clone());
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string Snippet(string json) => json.Length <= 60 ? json : json.Substring(0, 57) + "...";
}
