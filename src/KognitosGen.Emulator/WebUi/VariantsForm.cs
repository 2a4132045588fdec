using System;
using System.Collections.Generic;
using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace KognitosGen.Emulator;

/// <summary>
/// The variants form of the faults page, read into <see cref="EmulatorVariants"/>; the ranges are checked by the same
/// validation as a scenario's <c>"variants"</c>.
/// </summary>
internal static class VariantsForm
{
    /// <summary>The form's members over a copy of <paramref name="current"/>: members the form does not show keep their values.</summary>
    public static EmulatorVariants Read(IFormCollection form, List<string> problems, EmulatorVariants current)
    {
        var variants = current.Clone();
        variants.RunListOrder = Choice<RunListOrder>(form, "runListOrder", problems);
        variants.RunListLagMs = Whole(form, "runListLagMs", problems);
        variants.RunStartStatusCode = Whole(form, "runStartStatusCode", problems);
        variants.FirstRunStatus = Choice<FirstRunStatus>(form, "firstRunStatus", problems);
        variants.CreatedAt = Choice<CreatedAtForm>(form, "createdAt", problems);
        variants.CreatedAtZoneOffsetMinutes = Whole(form, "createdAtZoneOffsetMinutes", problems);
        variants.ListOutputs = Choice<ListOutputsForm>(form, "listOutputs", problems);
        variants.ErrorBodies = Choice<ErrorBodyForm>(form, "errorBodies", problems);
        variants.StatusWords = Choice<StatusWordStyle>(form, "statusWords", problems);
        // A checkbox sends its field only when ticked.
        variants.RunsAwaitGuidance = form.ContainsKey("runsAwaitGuidance");
        variants.FileIds = Choice<FileIdForm>(form, "fileIds", problems);
        variants.HealthRequiresKey = form.ContainsKey("healthRequiresKey");
        variants.OutputNames = Choice<OutputNameForm>(form, "outputNames", problems);
        EmulatorVariantsValidator.Validate(variants, string.Empty, problems);
        return variants;
    }

    private static T Choice<T>(IFormCollection form, string name, List<string> problems)
        where T : struct, Enum
    {
        var text = form[name].ToString();
        if (Enum.TryParse<T>(text, ignoreCase: false, out var value) && Enum.IsDefined(value) && !char.IsDigit(text[0]))
            return value;
        problems.Add($"{name}: '{text}' is not one of {string.Join(", ", Enum.GetNames<T>())}");
        return default;
    }

    private static int Whole(IFormCollection form, string name, List<string> problems)
    {
        var text = form[name].ToString().Trim();
        if (int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
            return value;
        problems.Add($"{name}: '{text}' is not a whole number");
        return 0;
    }
}
