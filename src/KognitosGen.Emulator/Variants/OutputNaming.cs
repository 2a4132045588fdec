using System;
using System.Collections.Generic;
using System.Linq;

namespace KognitosGen.Emulator;

/// <summary>Writes scripted output fact names in the form the variants ask for.</summary>
internal static class OutputNaming
{
    private const string Prefix = "the output ";

    public static IReadOnlyList<NameValue> Apply(IReadOnlyList<NameValue> outputs, OutputNameForm form) =>
        form == OutputNameForm.AsScripted ? outputs : outputs.Select(o => o with { Name = Rename(o.Name, form) }).ToList();

    public static string Rename(string name, OutputNameForm form)
    {
        var bare = name.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase) && name.Length > Prefix.Length
            ? name[Prefix.Length..]
            : name;
        return form switch
        {
            OutputNameForm.WithoutPrefix => bare,
            OutputNameForm.SnakeCase => string.Join('_', bare.ToLowerInvariant().Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries)),
            _ => name,
        };
    }
}
