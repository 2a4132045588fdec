using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Microsoft.AspNetCore.Http;

namespace KognitosGen.Emulator;

/// <summary>
/// The faults page's form, read into <see cref="FaultSettings"/>. Only the reading is here: the ranges are checked by
/// the same validation as <c>PUT /_emulator/faults</c>.
/// </summary>
internal static class FaultsForm
{
    public static FaultSettings Read(IFormCollection form, List<string> problems)
    {
        string Text(string name) => form[name].ToString().Trim();
        double Rate(string name) => ReadDouble(Text(name), name, problems);
        int Whole(string name, int fallback) => Text(name) is { Length: > 0 } text ? ReadInt(text, name, problems) : fallback;

        var maxText = Text("latencyMaxMs");
        return new FaultSettings
        {
            Seed = Whole("seed", 1),
            RateLimitRate = Rate("rateLimitRate"),
            RetryAfterSeconds = Whole("retryAfterSeconds", 1),
            ServiceUnavailableRate = Rate("serviceUnavailableRate"),
            DropBeforeHandlingRate = Rate("dropBeforeHandlingRate"),
            DropAfterHandlingRate = Rate("dropAfterHandlingRate"),
            LatencyMs = Whole("latencyMs", 0),
            LatencyMaxMs = maxText.Length == 0 ? null : ReadInt(maxText, "latencyMaxMs", problems),
            Methods = List(Text("methods")).Select(m => m.ToUpperInvariant()).ToList(),
            Paths = List(Text("paths")),
        };
    }

    private static List<string> List(string text) =>
        text.Split([',', ' ', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();

    private static double ReadDouble(string text, string name, List<string> problems)
    {
        if (text.Length == 0)
            return 0;
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
            return value;
        problems.Add($"{name}: '{text}' is not a number");
        return 0;
    }

    private static int ReadInt(string text, string name, List<string> problems)
    {
        if (int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
            return value;
        problems.Add($"{name}: '{text}' is not a whole number");
        return 0;
    }
}
