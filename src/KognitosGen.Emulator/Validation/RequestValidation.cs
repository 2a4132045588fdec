using System.Collections.Generic;
using System.Globalization;
using Microsoft.Extensions.Primitives;

namespace KognitosGen.Emulator;

/// <summary>The documented constraints, shared by every endpoint.</summary>
internal static class RequestValidation
{
    public const int MaxIdLength = 26;
    public const int MaxRunNameLength = 100;
    public const int MaxFileNameLength = 256;
    public const int DefaultLimit = 10;
    public const int MaxLimit = 100;

    /// <summary>The documented ID rule: 1-26 characters matching <c>^[a-zA-Z0-9_-]+$</c>.</summary>
    public static bool IsValidId(string? id)
    {
        if (string.IsNullOrEmpty(id) || id.Length > MaxIdLength)
            return false;
        foreach (var c in id)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c == '_' || c == '-'))
                return false;
        }

        return true;
    }

    public static string IdRuleMessage => $"must be 1 to {MaxIdLength} characters of [a-zA-Z0-9_-]";

    /// <summary>Length in Unicode code points, as a JSON-schema <c>maxLength</c> counts it.</summary>
    public static int CodePointLength(string value)
    {
        var count = 0;
        foreach (var _ in value.EnumerateRunes())
            count++;
        return count;
    }

    public static bool TryParseStage(string? value, out string stage)
    {
        stage = value ?? string.Empty;
        return value is nameof(ProcessStage.Draft) or nameof(ProcessStage.Published);
    }

    public static string StageRuleMessage => "must be \"Draft\" or \"Published\"";

    /// <summary>
    /// A query parameter; null when absent. Given more than once, the last wins, as FastAPI reads a parameter that is
    /// not declared as a list.
    /// </summary>
    public static string? SingleQueryValue(StringValues values) => values.Count > 0 ? values[values.Count - 1] : null;

    /// <summary>
    /// A required ID query parameter; records an error and returns null when missing or empty. Its form is not checked:
    /// the docs give the ID rule for bodies only, so an ID that matches nothing is the API's 404, not a 400.
    /// </summary>
    public static string? RequiredIdQuery(StringValues values, string field, List<ErrorDetail> errors)
    {
        var value = SingleQueryValue(values);
        if (string.IsNullOrEmpty(value))
        {
            errors.Add(new ErrorDetail(field, "is required"));
            return null;
        }

        return value;
    }

    /// <summary>The <c>limit</c> query parameter: an integer from 1 to 100, default 10.</summary>
    public static int ParseLimit(StringValues values, List<ErrorDetail> errors)
    {
        var raw = SingleQueryValue(values);
        if (raw is null)
            return DefaultLimit;
        if (!int.TryParse(raw, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var limit))
        {
            errors.Add(new ErrorDetail("limit", "must be an integer"));
            return DefaultLimit;
        }

        if (limit is < 1 or > MaxLimit)
            errors.Add(new ErrorDetail("limit", $"must be from 1 to {MaxLimit}"));
        return limit;
    }
}
