using KognitosGen.Emulator;

namespace KognitosGen.ReliabilityTests.Variants;

/// <summary>
/// The combinations of readings that matter: each silent point is switched at least once, and the ones the run-start
/// recovery depends on (list order, list lag, created_at's zone or absence) are combined with each other and with a
/// list of more than one page. Status words, error bodies and shapes are folded into those rows: they are independent.
/// </summary>
public static class VariantMatrix
{
    /// <summary>The client's listing-lag bound in the matrix; the lagging rows stay below it.</summary>
    public static readonly TimeSpan ListingLagBound = TimeSpan.FromSeconds(1.5);

    public static IReadOnlyList<VariantCase> Cases { get; } =
    [
        new("documented", new EmulatorVariants()),
        new("oldest-first, 2+ pages", new EmulatorVariants { RunListOrder = RunListOrder.OldestFirst }, RunsBeforehand: 250),
        new("list lag 600 ms", new EmulatorVariants { RunListLagMs = 600 }, RunsBeforehand: 150),
        new("oldest-first, lag 600 ms, no created_at", new EmulatorVariants
        {
            RunListOrder = RunListOrder.OldestFirst, RunListLagMs = 600, CreatedAt = CreatedAtForm.Absent,
        }, RunsBeforehand: 150),
        new("oldest-first, local time UTC-05:00 without offset", new EmulatorVariants
        {
            RunListOrder = RunListOrder.OldestFirst, CreatedAt = CreatedAtForm.LocalWithoutOffset, CreatedAtZoneOffsetMinutes = -300,
        }, RunsBeforehand: 250),
        new("newest-first, local time UTC+14:00 without offset", new EmulatorVariants
        {
            CreatedAt = CreatedAtForm.LocalWithoutOffset, CreatedAtZoneOffsetMinutes = 840, ListOutputs = ListOutputsForm.Included,
        }, RunsBeforehand: 150),
        new("offset +05:30, start 200 Pending, UPPER_SNAKE words, guidance", new EmulatorVariants
        {
            CreatedAt = CreatedAtForm.WithOffset, CreatedAtZoneOffsetMinutes = 330, RunStartStatusCode = 200,
            FirstRunStatus = FirstRunStatus.Pending, StatusWords = StatusWordStyle.UpperSnakeCase, RunsAwaitGuidance = true,
        }),
        new("start 202, lowercase words, gateway JSON errors, scripted output names", new EmulatorVariants
        {
            RunStartStatusCode = 202, StatusWords = StatusWordStyle.Lowercase, ErrorBodies = ErrorBodyForm.GatewayMessage,
            OutputNames = OutputNameForm.AsScripted,
        }),
        new("plain-text errors, unprefixed outputs, S3 file IDs, no outputs member", new EmulatorVariants
        {
            ErrorBodies = ErrorBodyForm.PlainText, OutputNames = OutputNameForm.WithoutPrefix, FileIds = FileIdForm.S3Uri,
            ListOutputs = ListOutputsForm.Omitted,
        }),
        new("HTML errors, UPPERCASE words, keyless health", new EmulatorVariants
        {
            ErrorBodies = ErrorBodyForm.Html, StatusWords = StatusWordStyle.Uppercase, HealthRequiresKey = false,
        }),
        new("string-only inputs (400), strings option on", new EmulatorVariants { InputValues = InputValueTypes.StringsOnly },
            Client: o => o.InputValues = KognitosInputValueForm.Strings),
        new("string-only inputs (FastAPI 422), strings option on, runs before upload accepted", new EmulatorVariants
        {
            InputValues = InputValueTypes.StringsOnlyUnprocessable, RunsAcceptFilesNotUploaded = true,
        }, Client: o => o.InputValues = KognitosInputValueForm.Strings),
        new("health 200 DEGRADED, gateway JSON errors", new EmulatorVariants
        {
            HealthStatus = "DEGRADED", ErrorBodies = ErrorBodyForm.GatewayMessage,
        }),
        new("health 503 UNAVAILABLE, plain-text errors", new EmulatorVariants
        {
            HealthStatus = "UNAVAILABLE", HealthStatusCode = 503, ErrorBodies = ErrorBodyForm.PlainText,
        }),
    ];

    public static TheoryData<string> Names()
    {
        var data = new TheoryData<string>();
        foreach (var variantCase in Cases)
            data.Add(variantCase.Name);
        return data;
    }

    public static VariantCase Named(string name) => Cases.Single(c => c.Name == name);
}
