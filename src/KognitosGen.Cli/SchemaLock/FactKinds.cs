using System;
using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace KognitosGen.Cli.SchemaLock;

/// <summary>The kind names of the lock format, and the kind of one JSON value.</summary>
internal static partial class FactKinds
{
    public const string Array = "array";
    public const string Boolean = "boolean";
    public const string Date = "date";
    public const string DateTime = "date-time";
    public const string Integer = "integer";
    public const string Number = "number";
    public const string Null = "null";
    public const string Object = "object";
    public const string String = "string";

    /// <summary>The kind of <paramref name="value"/>; a string is <c>date-time</c> or <c>date</c> when it reads as ISO 8601 one.</summary>
    public static string Of(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Array => Array,
        JsonValueKind.Object => Object,
        JsonValueKind.True or JsonValueKind.False => Boolean,
        JsonValueKind.Number => IsInteger(value.GetRawText()) ? Integer : Number,
        JsonValueKind.String => OfString(value.GetString()!),
        _ => Null,
    };

    public static bool IsStringLike(string kind) => kind is String or Date or DateTime;

    private static bool IsInteger(string raw) => raw.IndexOfAny(['.', 'e', 'E']) < 0;

    private static string OfString(string text)
    {
        if (IsoDate().IsMatch(text) && DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            return Date;
        if (IsoDateTime().IsMatch(text) && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out _))
            return DateTime;
        return String;
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}$", RegexOptions.CultureInvariant)]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?([Zz]|[+-]\d{2}:?\d{2})?$", RegexOptions.CultureInvariant)]
    private static partial Regex IsoDateTime();
}
