using System;
using System.Text;

namespace KognitosGen.Emulator;

/// <summary>Writes a run's status the way the variants say: the undocumented guidance status, and the spelling.</summary>
internal static class StatusWords
{
    public const string AwaitingGuidance = "AwaitingGuidance";

    public static string At(StoredRun run, DateTimeOffset now, EmulatorVariants variants)
    {
        var status = run.StatusAt(now);
        if (variants.RunsAwaitGuidance && status == RunSchedule.Running && run.Schedule.InSecondHalfOfRunning(now - run.CreatedAt))
            status = AwaitingGuidance;
        return Spell(status, variants.StatusWords);
    }

    public static string Spell(string status, StatusWordStyle style) => style switch
    {
        StatusWordStyle.Lowercase => status.ToLowerInvariant(),
        StatusWordStyle.Uppercase => status.ToUpperInvariant(),
        StatusWordStyle.UpperSnakeCase => UpperSnake(status),
        _ => status,
    };

    private static string UpperSnake(string pascal)
    {
        var builder = new StringBuilder(pascal.Length + 4);
        for (var i = 0; i < pascal.Length; i++)
        {
            if (i > 0 && char.IsUpper(pascal[i]))
                builder.Append('_');
            builder.Append(char.ToUpperInvariant(pascal[i]));
        }

        return builder.ToString();
    }
}
