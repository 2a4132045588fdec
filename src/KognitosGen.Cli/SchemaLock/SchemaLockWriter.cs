using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace KognitosGen.Cli.SchemaLock;

/// <summary>
/// Writes a lock deterministically: members in a fixed order, lists sorted (ordinal), two-space indents, one output
/// per line, LF line ends and a trailing newline, so an unchanged server gives the same bytes and a change a small diff.
/// </summary>
internal static class SchemaLockWriter
{
    public static string Write(SchemaLockFile schemaLock)
    {
        var text = new StringBuilder();
        text.Append("{\n");
        Member(text, 1, "version", schemaLock.Version.ToString(CultureInfo.InvariantCulture));
        // Optional in the format; a pull always writes both.
        if (schemaLock.PulledAt is not null)
            Member(text, 1, "pulledAt", Quote(schemaLock.PulledAt));
        if (schemaLock.BaseUrl is not null)
            Member(text, 1, "baseUrl", Quote(schemaLock.BaseUrl));
        Extensions(text, 1, schemaLock.Extensions);
        Indent(text, 1).Append("\"agents\": ");
        Array(text, 1, Sorted(schemaLock.Agents, a => a.Id), WriteAgent);
        text.Append("\n}\n");
        return text.ToString();
    }

    /// <summary>A JSON string literal; non-ASCII kept readable, as a diff should show it.</summary>
    public static string Quote(string value) => "\"" + JsonEncodedText.Encode(value, JavaScriptEncoder.UnsafeRelaxedJsonEscaping) + "\"";

    private static void WriteAgent(StringBuilder text, int depth, LockedAgent agent)
    {
        Indent(text, depth).Append("{\n");
        Member(text, depth + 1, "id", Quote(agent.Id));
        Extensions(text, depth + 1, agent.Extensions);
        Indent(text, depth + 1).Append("\"processes\": ");
        Array(text, depth + 1, Sorted(agent.Processes, p => p.Id + "\u0000" + p.Stage), WriteProcess);
        text.Append('\n');
        Indent(text, depth).Append('}');
    }

    private static void WriteProcess(StringBuilder text, int depth, LockedProcess process)
    {
        Indent(text, depth).Append("{\n");
        Member(text, depth + 1, "id", Quote(process.Id));
        Member(text, depth + 1, "name", Quote(process.Name));
        Member(text, depth + 1, "stage", Quote(process.Stage));
        Member(text, depth + 1, "runsSampled", process.RunsSampled.ToString(CultureInfo.InvariantCulture));
        Extensions(text, depth + 1, process.Extensions);
        Indent(text, depth + 1).Append("\"outputs\": ");
        Array(text, depth + 1, Sorted(process.Outputs, o => o.Name), WriteOutput);
        text.Append('\n');
        Indent(text, depth).Append('}');
    }

    private static void WriteOutput(StringBuilder text, int depth, LockedOutput output)
    {
        Indent(text, depth).Append("{ \"name\": ").Append(Quote(output.Name));
        var kinds = new List<string>(output.Kinds);
        kinds.Sort(System.StringComparer.Ordinal);
        text.Append(", \"kinds\": [ ").AppendJoin(", ", kinds.ConvertAll(Quote)).Append(kinds.Count > 0 ? " ]" : "]");
        text.Append(", \"seen\": ").Append(output.Seen.ToString(CultureInfo.InvariantCulture));
        if (output.Example is not null)
            text.Append(", \"example\": ").Append(Quote(output.Example));
        foreach (var (name, json) in output.Extensions)
            text.Append(", ").Append(Quote(name)).Append(": ").Append(json);
        text.Append(" }");
    }

    private static void Array<T>(StringBuilder text, int depth, List<T> items, System.Action<StringBuilder, int, T> writeItem)
    {
        if (items.Count == 0)
        {
            text.Append("[]");
            return;
        }

        text.Append("[\n");
        for (var i = 0; i < items.Count; i++)
        {
            writeItem(text, depth + 1, items[i]);
            text.Append(i < items.Count - 1 ? ",\n" : "\n");
        }

        Indent(text, depth).Append(']');
    }

    private static void Member(StringBuilder text, int depth, string name, string json) =>
        Indent(text, depth).Append(Quote(name)).Append(": ").Append(json).Append(",\n");

    private static void Extensions(StringBuilder text, int depth, LockExtensions extensions)
    {
        foreach (var (name, json) in extensions)
            Member(text, depth, name, json);
    }

    private static List<T> Sorted<T>(IEnumerable<T> items, System.Func<T, string> key)
    {
        var list = new List<T>(items);
        list.Sort((a, b) => string.CompareOrdinal(key(a), key(b)));
        return list;
    }

    private static StringBuilder Indent(StringBuilder text, int depth) => text.Append(' ', depth * 2);
}
