using System.Collections.Generic;
using System.Text.Json;

namespace KognitosGen.Cli.Commands;

/// <summary>Reads <c>--input "name=value"</c>: the value as JSON when it parses (<c>42</c>, <c>true</c>, <c>[1,2]</c>), else as a string.</summary>
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
            inputs.Add(new KognitosNameValue { Name = pair[..equals].Trim(), Value = ValueOf(pair[(equals + 1)..]) });
        }

        return inputs;
    }

    private static JsonElement ValueOf(string text)
    {
        try
        {
            using var document = JsonDocument.Parse(text);
            return document.RootElement.Clone();
        }
        catch (JsonException)
        {
            return JsonSerializer.SerializeToElement(text, CliJsonContext.Default.String);
        }
    }
}
