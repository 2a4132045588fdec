using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json.Nodes;

namespace KognitosGen.Recording;

/// <summary>
/// A user's redaction rule as a JSON path into the recording: <c>$</c>, then <c>.name</c>, <c>['any name']</c>,
/// <c>[index]</c> or <c>[*]</c> steps, e.g. <c>$.runs[*].outputs[*].value</c>. Every value it reaches is replaced.
/// </summary>
internal sealed class RecordingJsonPath
{
    private readonly IReadOnlyList<string?> _steps; // a member name, an index as "#n", or null for [*]

    private RecordingJsonPath(string text, IReadOnlyList<string?> steps)
    {
        Text = text;
        _steps = steps;
    }

    public string Text { get; }

    /// <exception cref="ArgumentException">The path is not of the supported form; the message says where.</exception>
    public static RecordingJsonPath Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!text.StartsWith('$'))
            throw new ArgumentException($"the JSON path '{text}' must start with '$'");
        var steps = new List<string?>();
        var i = 1;
        while (i < text.Length)
        {
            if (text[i] == '.')
            {
                var end = i + 1;
                while (end < text.Length && text[end] != '.' && text[end] != '[')
                    end++;
                if (end == i + 1)
                    throw new ArgumentException($"the JSON path '{text}' has an empty member name at position {i + 1}");
                steps.Add(text[(i + 1)..end]);
                i = end;
            }
            else if (text[i] == '[')
            {
                var close = text.IndexOf(']', i);
                if (close < 0)
                    throw new ArgumentException($"the JSON path '{text}' has an unclosed '[' at position {i + 1}");
                var inside = text[(i + 1)..close].Trim();
                if (inside == "*")
                    steps.Add(null);
                else if (inside.Length >= 2 && (inside[0] == '\'' || inside[0] == '"') && inside[^1] == inside[0])
                    steps.Add(inside[1..^1]);
                else if (int.TryParse(inside, NumberStyles.None, CultureInfo.InvariantCulture, out var index))
                    steps.Add("#" + index.ToString(CultureInfo.InvariantCulture));
                else
                    throw new ArgumentException($"the JSON path '{text}' has '[{inside}]'; use [n], [*] or ['name']");
                i = close + 1;
            }
            else
            {
                throw new ArgumentException($"the JSON path '{text}' has '{text[i]}' at position {i + 1}; expected '.' or '['");
            }
        }

        return steps.Count == 0
            ? throw new ArgumentException($"the JSON path '{text}' names the whole recording; name a member")
            : new RecordingJsonPath(text, steps);
    }

    /// <summary>Replaces every value the path reaches in <paramref name="root"/> with <paramref name="replacement"/>.</summary>
    public void Replace(JsonNode root, string replacement) => Walk(root, 0, replacement);

    private void Walk(JsonNode? node, int step, string replacement)
    {
        if (node is null)
            return;
        var last = step == _steps.Count - 1;
        var name = _steps[step];
        if (node is JsonArray array && (name is null || name.StartsWith('#')))
        {
            for (var i = 0; i < array.Count; i++)
            {
                if (name is not null && name != "#" + i.ToString(CultureInfo.InvariantCulture))
                    continue;
                if (last)
                    array[i] = replacement;
                else
                    Walk(array[i], step + 1, replacement);
            }
        }
        else if (node is JsonObject obj)
        {
            var keys = new List<string>();
            foreach (var (key, _) in obj)
            {
                if (name is null || key == name)
                    keys.Add(key);
            }

            foreach (var key in keys)
            {
                if (last)
                    obj[key] = replacement;
                else
                    Walk(obj[key], step + 1, replacement);
            }
        }
    }
}
