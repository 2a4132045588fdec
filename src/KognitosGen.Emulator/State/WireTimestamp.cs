using System;
using System.Globalization;

namespace KognitosGen.Emulator;

/// <summary>The documented <c>created_at</c> form: <c>2021-01-01T12:00:00</c>, UTC, no offset, whole seconds.</summary>
internal static class WireTimestamp
{
    public static string Format(DateTimeOffset value) =>
        value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture);
}
