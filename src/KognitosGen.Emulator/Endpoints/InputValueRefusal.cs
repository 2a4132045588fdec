using System.Collections.Generic;
using System.Text.Json;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;

namespace KognitosGen.Emulator;

/// <summary>
/// Refuses input values that are not strings under <see cref="InputValueTypes.StringsOnly"/> (400 ErrorModel) and
/// <see cref="InputValueTypes.StringsOnlyUnprocessable"/> (FastAPI's own 422). Null stays allowed: it is no value.
/// </summary>
internal static class InputValueRefusal
{
    private const string StringMessage = "Input should be a valid string";

    /// <summary>The inputs whose value is neither a string nor null, with their positions.</summary>
    public static List<(int Index, NameValue Input)> Find(StartRunRequest request)
    {
        var refused = new List<(int, NameValue)>();
        for (var i = 0; i < request.Inputs.Count; i++)
        {
            if (request.Inputs[i].Value.ValueKind is not (JsonValueKind.String or JsonValueKind.Null))
                refused.Add((i, request.Inputs[i]));
        }

        return refused;
    }

    public static Task WriteAsync(HttpContext context, InputValueTypes form, List<(int Index, NameValue Input)> refused)
    {
        if (form == InputValueTypes.StringsOnly)
        {
            var details = refused.ConvertAll(r => new ErrorDetail($"inputs[{r.Index}].value",
                $"{StringMessage} (input '{r.Input.Name}' is a JSON {r.Input.Value.ValueKind.ToString().ToLowerInvariant()})"));
            return ApiResponses.InvalidInputAsync(context, details);
        }

        return WriteUnprocessableAsync(context, refused);
    }

    private static async Task WriteUnprocessableAsync(HttpContext context, List<(int Index, NameValue Input)> refused)
    {
        context.Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        context.Response.ContentType = "application/json";
        await using var writer = new Utf8JsonWriter(context.Response.Body);
        writer.WriteStartObject();
        writer.WriteStartArray("detail");
        foreach (var (index, input) in refused)
        {
            writer.WriteStartObject();
            writer.WriteString("type", "string_type");
            writer.WriteStartArray("loc");
            writer.WriteStringValue("body");
            writer.WriteStringValue("inputs");
            writer.WriteNumberValue(index);
            writer.WriteStringValue("value");
            writer.WriteEndArray();
            writer.WriteString("msg", StringMessage);
            writer.WritePropertyName("input");
            input.Value.WriteTo(writer);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        await writer.FlushAsync(context.RequestAborted);
    }
}
