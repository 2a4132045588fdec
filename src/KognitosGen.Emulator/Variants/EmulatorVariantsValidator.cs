using System;
using System.Collections.Generic;

namespace KognitosGen.Emulator;

/// <summary>Checks variants, naming each problem with its path (for scenarios) or member.</summary>
internal static class EmulatorVariantsValidator
{
    public static void Validate(EmulatorVariants variants, string prefix, List<string> problems)
    {
        if (variants.RunListLagMs is < 0 or > EmulatorVariants.MaxRunListLagMs)
            problems.Add($"{prefix}runListLagMs: must be from 0 to {EmulatorVariants.MaxRunListLagMs}");
        if (variants.RunStartStatusCode is not (200 or 201 or 202))
            problems.Add($"{prefix}runStartStatusCode: must be 200, 201 or 202");
        // Real zones run from UTC-12:00 to UTC+14:00.
        if (variants.CreatedAtZoneOffsetMinutes is < -720 or > 840)
            problems.Add($"{prefix}createdAtZoneOffsetMinutes: must be from -720 to 840");
        CheckDefined(variants.RunListOrder, "runListOrder", prefix, problems);
        CheckDefined(variants.FirstRunStatus, "firstRunStatus", prefix, problems);
        CheckDefined(variants.CreatedAt, "createdAt", prefix, problems);
        CheckDefined(variants.ListOutputs, "listOutputs", prefix, problems);
        CheckDefined(variants.ErrorBodies, "errorBodies", prefix, problems);
        CheckDefined(variants.StatusWords, "statusWords", prefix, problems);
        CheckDefined(variants.FileIds, "fileIds", prefix, problems);
        CheckDefined(variants.OutputNames, "outputNames", prefix, problems);
        CheckDefined(variants.InputValues, "inputValues", prefix, problems);
        if (string.IsNullOrWhiteSpace(variants.HealthStatus))
            problems.Add($"{prefix}healthStatus: must not be empty");
        if (variants.HealthStatusCode is not (200 or 503))
            problems.Add($"{prefix}healthStatusCode: must be 200 or 503");
        if (variants.ConcurrentRunLimit < 0)
            problems.Add($"{prefix}concurrentRunLimit: must be 0 (no limit) or more");
    }

    private static void CheckDefined<T>(T value, string member, string prefix, List<string> problems)
        where T : struct, Enum
    {
        if (!Enum.IsDefined(value))
            problems.Add($"{prefix}{member}: must be one of {string.Join(", ", Enum.GetNames<T>())}");
    }
}
