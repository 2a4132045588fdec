using System.Collections.Generic;

namespace KognitosGen.Emulator;

/// <summary>The outputs of one run: the process's templates, then its callback's members (which win by name).</summary>
internal static class RunOutputs
{
    public static List<NameValue> Evaluate(CompiledProcess process, IReadOnlyList<NameValue> inputs, ReceivedRun received)
    {
        var outputs = new List<NameValue>();
        foreach (var template in process.Outputs)
            outputs.Add(template.Evaluate(inputs, received.FileNames));
        if (process.OutputsFor?.Invoke(received) is not { } computed)
            return outputs;

        foreach (var (name, value) in computed)
        {
            outputs.RemoveAll(o => o.Name == name);
            outputs.Add(new NameValue(name, JsonElements.FromNode(value)));
        }

        return outputs;
    }
}
