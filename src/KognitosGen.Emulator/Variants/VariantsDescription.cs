using System.Collections.Generic;
using System.Globalization;

namespace KognitosGen.Emulator;

/// <summary>Names the readings a <see cref="EmulatorVariants"/> changes, for banners and test reports.</summary>
internal static class VariantsDescription
{
    public static string Describe(EmulatorVariants variants)
    {
        var defaults = new EmulatorVariants();
        var parts = new List<string>();
        void Add<T>(string name, T value, T standard)
        {
            if (!EqualityComparer<T>.Default.Equals(value, standard))
                parts.Add(name + "=" + string.Format(CultureInfo.InvariantCulture, "{0}", value));
        }

        Add("runListOrder", variants.RunListOrder, defaults.RunListOrder);
        Add("runListLagMs", variants.RunListLagMs, defaults.RunListLagMs);
        Add("runStartStatusCode", variants.RunStartStatusCode, defaults.RunStartStatusCode);
        Add("firstRunStatus", variants.FirstRunStatus, defaults.FirstRunStatus);
        Add("createdAt", variants.CreatedAt, defaults.CreatedAt);
        if (variants.CreatedAt is CreatedAtForm.WithOffset or CreatedAtForm.LocalWithoutOffset)
            parts.Add("createdAtZoneOffsetMinutes=" + variants.CreatedAtZoneOffsetMinutes.ToString(CultureInfo.InvariantCulture));
        Add("listOutputs", variants.ListOutputs, defaults.ListOutputs);
        Add("errorBodies", variants.ErrorBodies, defaults.ErrorBodies);
        Add("statusWords", variants.StatusWords, defaults.StatusWords);
        Add("runsAwaitGuidance", variants.RunsAwaitGuidance, defaults.RunsAwaitGuidance);
        Add("fileIds", variants.FileIds, defaults.FileIds);
        Add("healthRequiresKey", variants.HealthRequiresKey, defaults.HealthRequiresKey);
        Add("outputNames", variants.OutputNames, defaults.OutputNames);
        Add("inputValues", variants.InputValues, defaults.InputValues);
        Add("runsAcceptFilesNotUploaded", variants.RunsAcceptFilesNotUploaded, defaults.RunsAcceptFilesNotUploaded);
        Add("healthStatus", variants.HealthStatus, defaults.HealthStatus);
        Add("healthStatusCode", variants.HealthStatusCode, defaults.HealthStatusCode);
        Add("lenientContentType", variants.LenientContentType, defaults.LenientContentType);
        Add("concurrentRunLimit", variants.ConcurrentRunLimit, defaults.ConcurrentRunLimit);
        return parts.Count == 0 ? "defaults" : string.Join(", ", parts);
    }
}
