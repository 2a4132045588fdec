using System;
using System.Collections.Generic;
using System.CommandLine;
using System.CommandLine.Parsing;
using System.Linq;
using KognitosGen.SourceGenerators.Helpers;

namespace KognitosGen.Cli;

/// <summary>
/// The command-line mistakes System.CommandLine lets through or words poorly: a mistyped command (it says
/// "Required command was not provided"), and an option token swallowed as another option's value
/// (<c>--file --wait</c> would upload a file named <c>--wait</c>).
/// </summary>
internal static class UsageProblems
{
    /// <summary>The first problem as one line without the help hint, or null when the command line is fine.</summary>
    public static string? Describe(ParseResult parse) => UnknownCommand(parse) ?? OptionAsValue(parse) ?? FirstError(parse);

    /// <summary>"kognitos run", "kognitos export postman": the command as the user types it, for the help hint.</summary>
    public static string PathOf(CommandResult command)
    {
        var names = new List<string>();
        for (SymbolResult? result = command; result is CommandResult current; result = current.Parent)
            names.Add(current.Command is RootCommand ? "kognitos" : current.Command.Name);
        names.Reverse();
        return string.Join(' ', names);
    }

    private static string? UnknownCommand(ParseResult parse)
    {
        var command = parse.CommandResult;
        if (command.Command.Subcommands.Count == 0 || parse.UnmatchedTokens.Count == 0 || parse.UnmatchedTokens[0].StartsWith('-'))
            return null;
        var typed = parse.UnmatchedTokens[0];
        var closest = command.Command.Subcommands
            .SelectMany(c => c.Aliases.Prepend(c.Name).Select(alias => (c.Name, Distance: EditDistance.Between(typed, alias), LengthGap: Math.Abs(alias.Length - typed.Length))))
            .OrderBy(c => c.Distance).ThenBy(c => c.LengthGap).ThenBy(c => c.Name, StringComparer.Ordinal)
            .FirstOrDefault();
        var message = $"'{typed}' is not a {PathOf(command)} command";
        // A few edits at most: a typo, not another word.
        return closest.Name is not null && closest.Distance <= Math.Max(2, typed.Length / 3)
            ? $"{message}; did you mean '{closest.Name}'?"
            : message;
    }

    private static string? OptionAsValue(ParseResult parse)
    {
        var known = new HashSet<string>(StringComparer.Ordinal);
        var results = new List<OptionResult>();
        for (SymbolResult? result = parse.CommandResult; result is CommandResult current; result = current.Parent)
        {
            foreach (var option in current.Command.Options)
                known.UnionWith(option.Aliases.Prepend(option.Name));
            results.AddRange(current.Children.OfType<OptionResult>());
        }

        foreach (var option in results)
        {
            if (option.Tokens.FirstOrDefault(t => known.Contains(t.Value)) is { } swallowed)
                return $"{option.IdentifierToken?.Value ?? option.Option.Name} needs a value, but is followed by the option '{swallowed.Value}'";
        }

        return null;
    }

    private static string? FirstError(ParseResult parse) =>
        parse.Errors.Count == 0 ? null : ErrorReport.OneLine(parse.Errors[0].Message).TrimEnd('.');
}
