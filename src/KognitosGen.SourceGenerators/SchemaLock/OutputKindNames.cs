using System.Collections.Generic;
using System.Text;

namespace KognitosGen.SourceGenerators.SchemaLock;

/// <summary>The spelling of each <see cref="OutputKinds"/> value in the lock, both ways.</summary>
internal static class OutputKindNames
{
    private static readonly KeyValuePair<string, OutputKinds>[] Names =
    {
        new("array", OutputKinds.Array),
        new("boolean", OutputKinds.Boolean),
        new("date", OutputKinds.Date),
        new("date-time", OutputKinds.DateTime),
        new("integer", OutputKinds.Integer),
        new("null", OutputKinds.Null),
        new("number", OutputKinds.Number),
        new("object", OutputKinds.Object),
        new("string", OutputKinds.String),
    };

    public static OutputKinds Parse(string name)
    {
        foreach (var pair in Names)
        {
            if (pair.Key == name)
                return pair.Value;
        }

        return OutputKinds.None;
    }

    /// <summary>The kinds as the lock writes them, sorted and comma-separated, for messages.</summary>
    public static string Format(OutputKinds kinds)
    {
        var builder = new StringBuilder();
        foreach (var pair in Names)
        {
            if ((kinds & pair.Value) == 0)
                continue;
            if (builder.Length > 0)
                builder.Append(", ");
            builder.Append(pair.Key);
        }

        return builder.ToString();
    }

    public static string Known => "array, boolean, date, date-time, integer, null, number, object, string";
}
