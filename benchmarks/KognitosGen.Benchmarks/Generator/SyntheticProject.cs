using System.Globalization;
using System.Text;

namespace KognitosGen.Benchmarks.Generator;

/// <summary>
/// The source files of a synthetic project: N annotated processes (6 inputs, 6 outputs of mixed types) or, for the
/// System.Text.Json anchor, N <c>[JsonSerializable]</c> types of the same shape, among 10×N unrelated types. One
/// type per file, as in a real project.
/// </summary>
public static class SyntheticProject
{
    public const int UnrelatedPerProcess = 10;

    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static IEnumerable<(string Path, string Text)> ProcessFiles(int count)
    {
        yield return ("Priority.cs", SharedEnum);
        for (var i = 0; i < count; i++)
            yield return ($"Processes/Process{i}.cs", Process(i, "the output total"));
        foreach (var file in UnrelatedFiles(count))
            yield return file;
    }

    public static IEnumerable<(string Path, string Text)> JsonFiles(int count)
    {
        yield return ("Priority.cs", SharedEnum);
        for (var i = 0; i < count; i++)
            yield return ($"Payloads/Payload{i}.cs", Payload(i));
        yield return ("Payloads/SyntheticJsonContext.cs", JsonContext(count));
        foreach (var file in UnrelatedFiles(count))
            yield return file;
    }

    private static IEnumerable<(string Path, string Text)> UnrelatedFiles(int count)
    {
        for (var i = 0; i < count * UnrelatedPerProcess; i++)
            yield return ($"Domain/Entity{i}.cs", Unrelated(i, "done"));
    }

    /// <summary>One System.Text.Json context over the N process classes themselves, for the build benchmark's anchor.</summary>
    public static string ProcessesJsonContext(int count)
    {
        var text = new StringBuilder("using System.Text.Json.Serialization;\n\nnamespace Synthetic.Processes;\n\n");
        for (var i = 0; i < count; i++)
            text.Append(Invariant, $"[JsonSerializable(typeof(Process{i}))]\n");
        return text.Append("internal sealed partial class ProcessesJsonContext : JsonSerializerContext\n{\n}\n").ToString();
    }

    /// <summary>The path of the unrelated file that the keystroke benchmark edits.</summary>
    public const string KeystrokePath = "Domain/Entity7.cs";

    /// <summary>The unrelated file after one keystroke inside a method body.</summary>
    public static string UnrelatedAfterKeystroke => Unrelated(7, "done!");

    /// <summary>The path of the process the in-process edit changes.</summary>
    public const string EditedProcessPath = "Processes/Process3.cs";

    /// <summary>The process after one of its output facts is renamed: its code must be generated again.</summary>
    public static string ProcessAfterEdit => Process(3, "the output grand total");

    private const string SharedEnum = """
        namespace Synthetic;

        public enum Priority
        {
            Low,
            Normal,
            High,
        }
        """;

    public static string Process(int i, string totalFact) => string.Create(Invariant, $$"""
        using System;
        using System.Collections.Generic;
        using KognitosGen;

        namespace Synthetic.Processes;

        /// <summary>Process number {{i}}.</summary>
        [KognitosProcess("to handle case {{i}}", AgentId = "agent{{i}}", ProcessId = "process{{i}}")]
        public sealed partial class Process{{i}}
        {
            [KognitosInput("customer name")] public string CustomerName { get; init; } = "";
            [KognitosInput("amount")] public decimal Amount { get; init; }
            [KognitosInput("quantity")] public int Quantity { get; init; }
            [KognitosInput("urgent")] public bool Urgent { get; init; }
            [KognitosInput("due by")] public DateOnly DueBy { get; init; }
            [KognitosInput("tags")] public List<string>? Tags { get; init; }

            [KognitosOutput("the output vendor")] public string? Vendor { get; private set; }
            [KognitosOutput("{{totalFact}}")] public decimal Total { get; private set; }
            [KognitosOutput("the output approved")] public bool Approved { get; private set; }
            [KognitosOutput("the output reviewed at")] public DateTimeOffset ReviewedAt { get; private set; }
            [KognitosOutput("the output document id")] public Guid DocumentId { get; private set; }
            [KognitosOutput("the output priority")] public Synthetic.Priority? Priority { get; private set; }

            public string Describe() => CustomerName + ": " + Amount.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        """);

    private static string Payload(int i) => string.Create(Invariant, $$"""
        using System;
        using System.Collections.Generic;

        namespace Synthetic.Payloads;

        /// <summary>Payload number {{i}}.</summary>
        public sealed class Payload{{i}}
        {
            public string CustomerName { get; set; } = "";
            public decimal Amount { get; set; }
            public int Quantity { get; set; }
            public bool Urgent { get; set; }
            public DateOnly DueBy { get; set; }
            public List<string>? Tags { get; set; }

            public string? Vendor { get; set; }
            public decimal Total { get; set; }
            public bool Approved { get; set; }
            public DateTimeOffset ReviewedAt { get; set; }
            public Guid DocumentId { get; set; }
            public Synthetic.Priority? Priority { get; set; }

            public string Describe() => CustomerName + ": " + Amount.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        """);

    private static string JsonContext(int count)
    {
        var text = new StringBuilder();
        text.AppendLine("using System.Text.Json.Serialization;").AppendLine().AppendLine("namespace Synthetic.Payloads;").AppendLine();
        for (var i = 0; i < count; i++)
            text.Append(Invariant, $"[JsonSerializable(typeof(Payload{i}))]").AppendLine();
        text.AppendLine("public sealed partial class SyntheticJsonContext : JsonSerializerContext").AppendLine("{").AppendLine("}");
        return text.ToString();
    }

    private static string Unrelated(int i, string word) => string.Create(Invariant, $$"""
        using System;
        using System.Collections.Generic;
        using System.Linq;

        namespace Synthetic.Domain;

        {{(i % 3 == 0 ? "[System.Diagnostics.DebuggerDisplay(\"{Name}\")]" : "")}}
        public sealed class Entity{{i}}
        {
            private readonly List<int> _values = new();

            public string Name { get; set; } = "entity {{i}}";

            public int Count => _values.Count;

            [Obsolete("Use Add.")]
            public void Push(int value) => Add(value);

            public void Add(int value)
            {
                if (value < 0)
                    throw new ArgumentOutOfRangeException(nameof(value));
                _values.Add(value);
            }

            public int Sum() => _values.Where(v => v % 2 == 0).Sum();

            public override string ToString() => Name + " (" + Count + ") {{word}}";
        }
        """);
}
