using System;
using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using KognitosGen.SourceGenerators.SchemaLockFormat;

namespace KognitosGen.Cli.SchemaLock;

/// <summary>The lock's kind (one of <see cref="OutputKindNames"/>) of one JSON value.</summary>
internal static partial class FactKinds
{
    /// <summary>The kind of <paramref name="value"/>; a string is <c>date-time</c> or <c>date</c> when it reads as ISO 8601 one.</summary>
    public static string Of(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Array => OutputKindNames.Array,
        JsonValueKind.Object => OutputKindNames.Object,
        JsonValueKind.True or JsonValueKind.False => OutputKindNames.Boolean,
        JsonValueKind.Number => IsInteger(value.GetRawText()) ? OutputKindNames.Integer : OutputKindNames.Number,
        JsonValueKind.String => OfString(value.GetString()!),
        _ => OutputKindNames.Null,
    };

    public static bool IsStringLike(string kind) => kind is OutputKindNames.String or OutputKindNames.Date or OutputKindNames.DateTime;

    private static bool IsInteger(string raw) => raw.IndexOfAny(['.', 'e', 'E']) < 0;

    private static string OfString(string text)
    {
        if (IsoDate().IsMatch(text) && DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            return OutputKindNames.Date;
        if (IsoDateTime().IsMatch(text) && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out _))
            return OutputKindNames.DateTime;
        return OutputKindNames.String;
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}$", RegexOptions.CultureInvariant)]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?([Zz]|[+-]\d{2}:?\d{2})?$", RegexOptions.CultureInvariant)]
    private static partial Regex IsoDateTime();
}
