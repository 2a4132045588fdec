namespace KognitosGen.ReliabilityTests.Fuzzing.Corpus;

public static partial class FuzzCorpus
{
    public const string Invoice = """
        using KognitosGen;

        namespace Billing
        {
            [KognitosProcess("to process the invoices", AgentId = "a7xm2kp9qwj3v5nh8t4c6r1e9z", ProcessId = "b4fznghynbdemslfd5k044fgd")]
            public sealed partial class ProcessInvoice
            {
                [KognitosInput("invoice number")] public required string InvoiceNumber { get; init; }
                [KognitosInput("amount")] public decimal Amount { get; init; }
                [KognitosFile("invoice")] public KognitosFile? Scan { get; init; }

                [KognitosOutput("the output total")] public decimal Total { get; private set; }
                [KognitosOutput("the output vendor")] public string? Vendor { get; private set; }
            }
        }
        """;

    public const string EveryScalarType = """
        using System;
        using KognitosGen;

        namespace Scalars;

        public enum Priority { Low, Normal, High }

        [KognitosProcess("to echo scalars", AgentId = "agent-1", ProcessId = "process_1")]
        internal partial class EchoScalars
        {
            [KognitosInput("text")] public string Text { get; init; } = "";
            [KognitosInput("flag")] public bool Flag { get; init; }
            [KognitosInput("tiny")] public byte Tiny { get; init; }
            [KognitosInput("signed tiny")] public sbyte SignedTiny { get; init; }
            [KognitosInput("short")] public short Short { get; init; }
            [KognitosInput("unsigned short")] public ushort UnsignedShort { get; init; }
            [KognitosInput("int")] public int Int { get; init; }
            [KognitosInput("unsigned int")] public uint UnsignedInt { get; init; }
            [KognitosInput("long")] public long Long { get; init; }
            [KognitosInput("unsigned long")] public ulong UnsignedLong { get; init; }
            [KognitosInput("float")] public float Float { get; init; }
            [KognitosInput("double")] public double Double { get; init; }
            [KognitosInput("money")] public decimal Money { get; init; }
            [KognitosInput("when")] public DateTime When { get; init; }
            [KognitosInput("when exactly")] public DateTimeOffset WhenExactly { get; init; }
            [KognitosInput("day")] public DateOnly Day { get; init; }
            [KognitosInput("time")] public TimeOnly Time { get; init; }
            [KognitosInput("duration")] public TimeSpan Duration { get; init; }
            [KognitosInput("id")] public Guid Id { get; init; }
            [KognitosInput("link")] public Uri? Link { get; init; }
            [KognitosInput("priority")] public Priority Priority { get; init; }
            [KognitosInput("maybe int")] public int? MaybeInt { get; init; }
            [KognitosInput("maybe day")] public Nullable<DateOnly> MaybeDay { get; init; }

            [KognitosOutput("the output text")] public string? TextOut { get; private set; }
            [KognitosOutput("the output flag")] public bool FlagOut { get; private set; }
            [KognitosOutput("the output long")] public long LongOut { get; private set; }
            [KognitosOutput("the output float")] public float FloatOut { get; private set; }
            [KognitosOutput("the output when exactly")] public DateTimeOffset WhenExactlyOut { get; private set; }
            [KognitosOutput("the output duration")] public TimeSpan DurationOut { get; set; }
            [KognitosOutput("the output id")] public Guid? IdOut { get; private set; }
            [KognitosOutput("the output link")] public Uri? LinkOut { get; private set; }
            [KognitosOutput("the output priority")] public Priority? PriorityOut { get; private set; }
        }
        """;

    public const string Collections = """
        using System.Collections.Generic;
        using System.Text.Json;
        using KognitosGen;

        namespace Shapes.Of.Collections
        {
            [KognitosProcess("to sum lists", AgentId = "agent-1", ProcessId = "lists")]
            public partial class SumLists
            {
                [KognitosInput("numbers")] public List<int> Numbers { get; init; } = new();
                [KognitosInput("words")] public string[] Words { get; init; } = new string[0];
                [KognitosInput("prices")] public IReadOnlyList<decimal> Prices { get; init; } = new List<decimal>();
                [KognitosInput("flags")] public IEnumerable<bool>? Flags { get; init; }
                [KognitosInput("ids")] public ICollection<long> Ids { get; init; } = new List<long>();
                [KognitosInput("rows")] public IList<double[]> Rows { get; init; } = new List<double[]>();
                [KognitosInput("maybe")] public IReadOnlyCollection<int?> Maybe { get; init; } = new List<int?>();
                [KognitosInput("counts")] public Dictionary<string, int> Counts { get; init; } = new();
                [KognitosInput("labels")] public IDictionary<string, string?> Labels { get; init; } = new Dictionary<string, string?>();
                [KognitosInput("tree")] public IReadOnlyDictionary<string, List<int>> Tree { get; init; } = new Dictionary<string, List<int>>();
                [KognitosInput("raw")] public JsonElement Raw { get; init; }

                [KognitosOutput("the output sums")] public List<decimal>? Sums { get; private set; }
                [KognitosOutput("the output matrix")] public int[][]? Matrix { get; private set; }
                [KognitosOutput("the output index")] public Dictionary<string, string[]>? Index { get; private set; }
                [KognitosOutput("the output anything")] public JsonElement? Anything { get; private set; }
            }
        }
        """;

    public const string Files = """
        using System.Collections.Generic;
        using KognitosGen;

        namespace Uploads;

        [KognitosProcess("to read documents", AgentId = "agent-1", ProcessId = "documents")]
        public sealed partial class ReadDocuments
        {
            [KognitosFile("cover")] public KognitosFile? Cover { get; init; }
            [KognitosFile("pages")] public KognitosFile[] Pages { get; init; } = new KognitosFile[0];
            [KognitosFile("attachments")] public List<KognitosFile>? Attachments { get; init; }
            [KognitosFile("scans")] public IReadOnlyList<KognitosFile> Scans { get; init; } = new List<KognitosFile>();
            [KognitosInput("language")] public string? Language { get; init; }

            [KognitosOutput("the output page count")] public int PageCount { get; private set; }
            [KognitosOutput("the output file names")] public string[]? FileNames { get; private set; }
        }
        """;
}
