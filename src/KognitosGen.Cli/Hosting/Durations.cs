using System;
using System.Globalization;

namespace KognitosGen.Cli;

/// <summary>Reads and writes the short durations of <c>--timeout</c>: <c>90</c> (seconds), <c>90s</c>, <c>5m</c>, <c>2h</c>, <c>00:05:00</c>.</summary>
internal static class Durations
{
    public static bool TryParse(string text, out TimeSpan value)
    {
        text = text.Trim();
        var unit = text.Length > 0 ? char.ToLowerInvariant(text[^1]) : '\0';
        var (number, scale) = unit switch
        {
            's' => (text[..^1], 1.0),
            'm' => (text[..^1], 60.0),
            'h' => (text[..^1], 3600.0),
            _ => (text, 1.0),
        };
        if (double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds > 0 && seconds * scale < TimeSpan.MaxValue.TotalSeconds)
        {
            value = TimeSpan.FromSeconds(seconds * scale);
            return true;
        }

        return TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out value) && value > TimeSpan.Zero;
    }

    public static string Format(TimeSpan value) =>
        value.TotalSeconds < 120 ? value.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture) + " s" : value.ToString("c", CultureInfo.InvariantCulture);
}
