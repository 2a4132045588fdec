using System.Collections.Generic;

namespace KognitosGen.Emulator;

/// <summary>Checks fault settings, naming each bad field with a path prefix (e.g. "faults.").</summary>
internal static class FaultSettingsValidator
{
    public static void Validate(FaultSettings faults, string prefix, List<string> problems)
    {
        CheckRate(faults.RateLimitRate, prefix + "rateLimitRate", problems);
        CheckRate(faults.ServiceUnavailableRate, prefix + "serviceUnavailableRate", problems);
        CheckRate(faults.DropBeforeHandlingRate, prefix + "dropBeforeHandlingRate", problems);
        CheckRate(faults.DropAfterHandlingRate, prefix + "dropAfterHandlingRate", problems);
        if (faults.RetryAfterSeconds < 0)
            problems.Add($"{prefix}retryAfterSeconds: must be 0 or more");
        if (faults.LatencyMs < 0)
            problems.Add($"{prefix}latencyMs: must be 0 or more");
        if (faults.LatencyMaxMs is { } max && max < faults.LatencyMs)
            problems.Add($"{prefix}latencyMaxMs: must be at least latencyMs ({faults.LatencyMs})");
        if (faults.Methods is null)
            problems.Add($"{prefix}methods: must be a list (may be empty)");
        if (faults.Paths is null)
            problems.Add($"{prefix}paths: must be a list (may be empty)");
    }

    private static void CheckRate(double rate, string field, List<string> problems)
    {
        if (double.IsNaN(rate) || rate < 0 || rate > 1)
            problems.Add($"{field}: must be a number from 0 to 1");
    }
}
