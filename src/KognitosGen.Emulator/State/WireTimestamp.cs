using System;
using System.Globalization;

namespace KognitosGen.Emulator;

/// <summary>
/// <c>created_at</c> as written: by default the documented form <c>2021-01-01T12:00:00</c> (UTC, no offset, whole
/// seconds); the variants may write it in another zone, with or without its offset, or not at all (null).
/// </summary>
internal static class WireTimestamp
{
    private const string WithoutOffset = "yyyy-MM-dd'T'HH:mm:ss";

    public static string Format(DateTimeOffset value) =>
        value.UtcDateTime.ToString(WithoutOffset, CultureInfo.InvariantCulture);

    public static string? Format(DateTimeOffset value, EmulatorVariants variants)
    {
        var zone = TimeSpan.FromMinutes(variants.CreatedAtZoneOffsetMinutes);
        return variants.CreatedAt switch
        {
            CreatedAtForm.WithOffset => value.ToOffset(zone).ToString(WithoutOffset + "zzz", CultureInfo.InvariantCulture),
            CreatedAtForm.LocalWithoutOffset => value.ToOffset(zone).ToString(WithoutOffset, CultureInfo.InvariantCulture),
            CreatedAtForm.Absent => null,
            _ => Format(value),
        };
    }
}
