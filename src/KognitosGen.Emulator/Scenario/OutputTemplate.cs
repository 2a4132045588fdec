using System;
using System.Collections.Generic;
using System.Text.Json;

namespace KognitosGen.Emulator;

/// <summary>
/// One scripted output of a process: a literal JSON value, an echo of a run input, or the names or count of
/// the run's files.
/// </summary>
internal sealed class OutputTemplate
{
    private enum Source
    {
        Literal,
        Input,
        FileNames,
        FileCount,
    }

    private readonly Source _source;
    private readonly JsonElement _literal;
    private readonly string? _inputName;

    private OutputTemplate(string name, Source source, JsonElement literal, string? inputName)
    {
        Name = name;
        _source = source;
        _literal = literal;
        _inputName = inputName;
    }

    public string Name { get; }

    public static OutputTemplate Literal(string name, JsonElement value) => new(name, Source.Literal, value, null);

    public static OutputTemplate InputEcho(string name, string inputName) => new(name, Source.Input, default, inputName);

    public static OutputTemplate FileNames(string name) => new(name, Source.FileNames, default, null);

    public static OutputTemplate FileCount(string name) => new(name, Source.FileCount, default, null);

    /// <summary>What the output holds, for the web UI: the literal JSON, or where its value comes from.</summary>
    public string Describe() => _source switch
    {
        Source.Literal => _literal.GetRawText(),
        Source.Input => $"the input '{_inputName}'",
        Source.FileNames => "the names of the run's files",
        _ => "the number of the run's files",
    };

    /// <summary>The output for one run, from its inputs (first match by name wins) and its files' names.</summary>
    public NameValue Evaluate(IReadOnlyList<NameValue> inputs, IReadOnlyList<string> fileNames) => _source switch
    {
        Source.Literal => new NameValue(Name, _literal),
        Source.Input => new NameValue(Name, FindInput(inputs, _inputName!)),
        Source.FileNames => new NameValue(Name, JsonElements.StringArray(fileNames)),
        Source.FileCount => new NameValue(Name, JsonElements.Number(fileNames.Count)),
        _ => throw new InvalidOperationException("Unknown output source."),
    };

    private static JsonElement FindInput(IReadOnlyList<NameValue> inputs, string inputName)
    {
        foreach (var input in inputs)
        {
            if (string.Equals(input.Name, inputName, StringComparison.Ordinal))
                return input.Value;
        }

        return JsonElements.Null;
    }
}
