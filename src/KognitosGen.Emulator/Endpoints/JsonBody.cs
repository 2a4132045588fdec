using System.Collections.Generic;
using System.Text.Json;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;

namespace KognitosGen.Emulator;

/// <summary>
/// Reads a JSON object body and its members with precise errors. Bodies are read as <see cref="JsonDocument"/>
/// rather than deserialized so that each bad member gets its own <see cref="ErrorDetail"/>.
/// </summary>
internal static class JsonBody
{
    public static async Task<JsonDocument?> ReadObjectAsync(HttpContext context, List<ErrorDetail> errors)
    {
        var variants = context.Features.Get<EmulatorVariants>();
        if (variants is not { LenientContentType: true } && !IsJsonOrAbsent(context.Request.ContentType))
        {
            // FastAPI reads a body declared as anything but JSON as bytes, which the body model then refuses.
            errors.Add(new ErrorDetail("body",
                $"Input should be a valid dictionary or object to extract fields from (Content-Type '{context.Request.ContentType}' is not application/json)"));
            return null;
        }

        JsonDocument document;
        try
        {
            document = await JsonDocument.ParseAsync(context.Request.Body, default, context.RequestAborted);
        }
        catch (JsonException ex)
        {
            errors.Add(new ErrorDetail("body", "must be a JSON object: " + ex.Message));
            return null;
        }

        if (document.RootElement.ValueKind != JsonValueKind.Object)
        {
            document.Dispose();
            errors.Add(new ErrorDetail("body", "must be a JSON object"));
            return null;
        }

        return document;
    }

    /// <summary>
    /// FastAPI's reading of the header: absent, or a media type <c>application/json</c> or <c>application/*+json</c>
    /// (parameters such as a charset aside), is JSON.
    /// </summary>
    internal static bool IsJsonOrAbsent(string? contentType)
    {
        if (string.IsNullOrEmpty(contentType))
            return true;
        var mediaType = contentType.Split(';')[0].Trim();
        return mediaType.Equals("application/json", System.StringComparison.OrdinalIgnoreCase)
            || (mediaType.StartsWith("application/", System.StringComparison.OrdinalIgnoreCase)
                && mediaType.EndsWith("+json", System.StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>A string member; null (with an error when required) if absent, null or not a string.</summary>
    public static string? String(JsonElement obj, string name, bool required, List<ErrorDetail> errors)
    {
        if (!obj.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            if (required)
                errors.Add(new ErrorDetail(name, "is required"));
            return null;
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            errors.Add(new ErrorDetail(name, "must be a string"));
            return null;
        }

        return value.GetString();
    }

    /// <summary>An ID member checked against the documented rule.</summary>
    public static string? Id(JsonElement obj, string name, bool required, List<ErrorDetail> errors)
    {
        var value = String(obj, name, required, errors);
        if (value is not null && !RequestValidation.IsValidId(value))
        {
            errors.Add(new ErrorDetail(name, RequestValidation.IdRuleMessage));
            return null;
        }

        return value;
    }

    /// <summary>A string member whose length in code points must be within [1, <paramref name="maxLength"/>].</summary>
    public static string? BoundedString(JsonElement obj, string name, int maxLength, List<ErrorDetail> errors)
    {
        var value = String(obj, name, required: true, errors);
        if (value is null)
            return null;
        var length = RequestValidation.CodePointLength(value);
        if (length < 1 || length > maxLength)
        {
            errors.Add(new ErrorDetail(name, $"must be 1 to {maxLength} characters"));
            return null;
        }

        return value;
    }

    /// <summary>An optional member that, when present and not null, must be an array.</summary>
    public static JsonElement? OptionalArray(JsonElement obj, string name, List<ErrorDetail> errors)
    {
        if (!obj.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
            return null;
        if (value.ValueKind == JsonValueKind.Array)
            return value;
        errors.Add(new ErrorDetail(name, "must be an array or null"));
        return null;
    }

    public static bool IsString(JsonElement value, out string text)
    {
        text = value.ValueKind == JsonValueKind.String ? value.GetString() ?? string.Empty : string.Empty;
        return value.ValueKind == JsonValueKind.String;
    }
}
