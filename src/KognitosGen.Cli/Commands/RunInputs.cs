using System.Collections.Generic;
using System.Text.Json;

namespace KognitosGen.Cli.Commands;

/// <summary>
/// Reads <c>--input "name=value"</c>: the value as JSON when it parses (<c>42</c>, <c>true</c>, <c>[1,2]</c>), else
/// as a string. A value that starts like a JSON object, array or string (<c>{</c>, <c>[</c>, <c>"</c>) must parse:
/// sent as text, a cut-off object would reach the process as a string nobody meant.
/// </summary>
internal static class RunInputs
{
    public static List<KognitosNameValue> Parse(IEnumerable<string> pairs)
    {
        var inputs = new List<KognitosNameValue>();
        foreach (var pair in pairs)
        {
            var equals = pair.IndexOf('=');
            if (equals <= 0 || pair[..equals].Trim().Length == 0)
                throw new CliException(ExitCodes.Usage, $"--input '{pair}' is not name=value.");
            var name = pair[..equals].Trim();
            inputs.Add(new KognitosNameValue { Name = name, Value = ValueOf(name, pair[(equals + 1)..]) });
        }

        return inputs;
    }

    private static JsonElement ValueOf(string name, string text)
    {
        try
        {
            using var document = JsonDocument.Parse(text);
            return document.RootElement.Clone();
        }
        catch (JsonException malformed)
        {
            var start = text.TrimStart();
            if (start.Length > 0 && start[0] is '{' or '[' or '"')
            {
                throw new CliException(ExitCodes.Usage,
                    $"--input '{name}': the value starts like JSON ('{start[0]}') but is not valid JSON ({FirstSentence(malformed.Message)}); "
                    + "correct it, or to send it as text write it as a JSON string in double quotes.");
            }

            return JsonSerializer.SerializeToElement(text, CliJsonContext.Default.String);
        }
    }

    /// <summary>The parser's reason without its position details ("Path: $ | LineNumber: 0 | ...").</summary>
    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(". ", System.StringComparison.Ordinal);
        return (end < 0 ? message : message[..end]).TrimEnd('.');
    }
}
