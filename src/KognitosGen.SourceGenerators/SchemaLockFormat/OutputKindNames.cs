using System.Collections.Generic;
using System.Text;

namespace KognitosGen.SourceGenerators.SchemaLockFormat;

/// <summary>
/// The kind names of the lock format (the <c>kinds</c> member), each with its <see cref="OutputKinds"/> value: the one
/// list the analyzers and the command-line tool read and write them from.
/// </summary>
internal static class OutputKindNames
{
    public const string Array = "array";
    public const string Boolean = "boolean";
    public const string Date = "date";
    public const string DateTime = "date-time";
    public const string Integer = "integer";
    public const string Null = "null";
    public const string Number = "number";
    public const string Object = "object";
    public const string String = "string";

    /// <summary>Sorted (ordinal), as the lock writes them.</summary>
    private static readonly KeyValuePair<string, OutputKinds>[] Names =
    {
        new(Array, OutputKinds.Array),
        new(Boolean, OutputKinds.Boolean),
        new(Date, OutputKinds.Date),
        new(DateTime, OutputKinds.DateTime),
        new(Integer, OutputKinds.Integer),
        new(Null, OutputKinds.Null),
        new(Number, OutputKinds.Number),
        new(Object, OutputKinds.Object),
        new(String, OutputKinds.String),
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

    /// <summary>The names of <paramref name="kinds"/>, sorted as the lock writes them.</summary>
    public static List<string> Of(OutputKinds kinds)
    {
        var names = new List<string>();
        foreach (var pair in Names)
        {
            if ((kinds & pair.Value) != 0)
                names.Add(pair.Key);
        }

        return names;
    }

    /// <summary>The kinds as the lock writes them, sorted and comma-separated, for messages.</summary>
    public static string Format(OutputKinds kinds) => string.Join(", ", Of(kinds));

    /// <summary>Every kind version 1 knows, for messages.</summary>
    public static string Known => Format(~OutputKinds.None);
}
