using System;
using System.CommandLine;
using KognitosGen.SourceGenerators.SchemaLockFormat;

namespace KognitosGen.Cli.Commands;

/// <summary>A <c>--stage Draft|Published</c> option.</summary>
internal static class StageOption
{
    public static Option<string?> Create(string description)
    {
        var option = new Option<string?>("--stage") { Description = description, HelpName = $"{ProcessStageNames.Draft}|{ProcessStageNames.Published}" };
        option.AcceptOnlyFromAmong(
            ProcessStageNames.Draft, ProcessStageNames.Published, ProcessStageNames.Draft.ToLowerInvariant(), ProcessStageNames.Published.ToLowerInvariant());
        return option;
    }

    public static KognitosStage? Parse(string? text) =>
        text is null ? null : Enum.Parse<KognitosStage>(text, ignoreCase: true);
}
