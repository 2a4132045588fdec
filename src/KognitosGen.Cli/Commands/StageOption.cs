using System;
using System.CommandLine;

namespace KognitosGen.Cli.Commands;

/// <summary>A <c>--stage Draft|Published</c> option.</summary>
internal static class StageOption
{
    public static Option<string?> Create(string description)
    {
        var option = new Option<string?>("--stage") { Description = description, HelpName = "Draft|Published" };
        option.AcceptOnlyFromAmong("Draft", "Published", "draft", "published");
        return option;
    }

    public static KognitosStage? Parse(string? text) =>
        text is null ? null : Enum.Parse<KognitosStage>(text, ignoreCase: true);
}
