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
    public static EmulatorVariants Read(IFormCollection form, List<string> problems)
    {
        var variants = new EmulatorVariants
        {
            RunListOrder = Choice<RunListOrder>(form, "runListOrder", problems),
            RunListLagMs = Whole(form, "runListLagMs", problems),
            RunStartStatusCode = Whole(form, "runStartStatusCode", problems),
            FirstRunStatus = Choice<FirstRunStatus>(form, "firstRunStatus", problems),
            CreatedAt = Choice<CreatedAtForm>(form, "createdAt", problems),
            CreatedAtZoneOffsetMinutes = Whole(form, "createdAtZoneOffsetMinutes", problems),
            ListOutputs = Choice<ListOutputsForm>(form, "listOutputs", problems),
            ErrorBodies = Choice<ErrorBodyForm>(form, "errorBodies", problems),
            StatusWords = Choice<StatusWordStyle>(form, "statusWords", problems),
            // A checkbox sends its field only when ticked.
            RunsAwaitGuidance = form.ContainsKey("runsAwaitGuidance"),
            FileIds = Choice<FileIdForm>(form, "fileIds", problems),
            HealthRequiresKey = form.ContainsKey("healthRequiresKey"),
            OutputNames = Choice<OutputNameForm>(form, "outputNames", problems),
        };
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
