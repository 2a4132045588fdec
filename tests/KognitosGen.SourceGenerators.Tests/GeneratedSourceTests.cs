using KognitosGen.SourceGenerators.Tests.Infrastructure;

namespace KognitosGen.SourceGenerators.Tests;

/// <summary>The generated source of representative process classes, against checked-in snapshots.</summary>
public sealed class GeneratedSourceTests
{
    private static string GenerateSingle(string source, IReadOnlyDictionary<string, string>? msbuild = null) =>
        GeneratorHarness.Run(source, msbuild).SingleCleanSource();

    [Fact]
    public void Invoice_process_with_inputs_a_file_and_outputs()
    {
        const string source = """
            using KognitosGen;

            namespace Billing;

            [KognitosProcess("to process the invoices", AgentId = "a7xm2kp9qwj3v5nh8t4c6r1e9z", ProcessId = "b4fznghynbdemslfd5k044fgd")]
            public sealed partial class ProcessInvoice
            {
                [KognitosInput("invoice number")] public required string InvoiceNumber { get; init; }
                [KognitosInput("amount")] public decimal Amount { get; init; }
                [KognitosFile("invoice")] public KognitosFile? Scan { get; init; }

                [KognitosOutput("the output total")] public decimal Total { get; private set; }
                [KognitosOutput("the output vendor")] public string? Vendor { get; private set; }
            }
            """;

        Snapshot.Verify(GenerateSingle(source), "InvoiceProcess");
    }

    [Fact]
    public void Every_scalar_type_nullable_or_not()
    {
        const string source = """
            using System;
            using System.Text.Json;
            using KognitosGen;

            namespace Types;

            public enum Priority { Low, High }

            [KognitosProcess("to use every type", AgentId = "agent", ProcessId = "process", Stage = KognitosStage.Draft)]
            internal partial class EveryScalar
            {
                [KognitosInput("text")] public string Text { get; set; } = "";
                [KognitosInput("flag")] public bool Flag { get; set; }
                [KognitosInput("tiny")] public byte Tiny { get; set; }
                [KognitosInput("signed tiny")] public sbyte SignedTiny { get; set; }
                [KognitosInput("short")] public short Short { get; set; }
                [KognitosInput("unsigned short")] public ushort UnsignedShort { get; set; }
                [KognitosInput("int")] public int Int { get; set; }
                [KognitosInput("unsigned int")] public uint UnsignedInt { get; set; }
                [KognitosInput("long")] public long Long { get; set; }
                [KognitosInput("unsigned long")] public ulong UnsignedLong { get; set; }
                [KognitosInput("float")] public float Float { get; set; }
                [KognitosInput("double")] public double Double { get; set; }
                [KognitosInput("money")] public decimal Money { get; set; }

                [KognitosOutput("the output when")] public DateTime When { get; private set; }
                [KognitosOutput("the output when exactly")] public DateTimeOffset? WhenExactly { get; private set; }
                [KognitosOutput("the output day")] public DateOnly Day { get; private set; }
                [KognitosOutput("the output time")] public TimeOnly? Time { get; private set; }
                [KognitosOutput("the output duration")] public TimeSpan Duration { get; private set; }
                [KognitosOutput("the output id")] public Guid Id { get; private set; }
                [KognitosOutput("the output link")] public Uri? Link { get; private set; }
                [KognitosOutput("the output priority")] public Priority Priority { get; private set; }
                [KognitosOutput("the output maybe priority")] public Priority? MaybePriority { get; private set; }
                [KognitosOutput("the output raw")] public JsonElement Raw { get; private set; }
            }
            """;

        Snapshot.Verify(GenerateSingle(source), "EveryScalar");
    }

    [Fact]
    public void Collections_dictionaries_and_nesting()
    {
        const string source = """
            using System.Collections.Generic;
            using KognitosGen;

            [KognitosProcess("to gather lists", AgentId = "agent", ProcessId = "process")]
            public partial record class Lists
            {
                [KognitosInput("tags")] public string[] Tags { get; init; } = [];
                [KognitosInput("scores")] public IReadOnlyDictionary<string, double>? Scores { get; init; }
                [KognitosFile("attachments")] public IReadOnlyList<KognitosFile> Attachments { get; init; } = [];

                [KognitosOutput("the output names")] public List<string> Names { get; private set; } = [];
                [KognitosOutput("the output matrix")] public IEnumerable<int[]>? Matrix { get; private set; }
                [KognitosOutput("the output totals")] public Dictionary<string, decimal?> Totals { get; private set; } = new();
            }
            """;

        Snapshot.Verify(GenerateSingle(source), "Collections");
    }

    [Fact]
    public void Nested_in_partial_types_with_ids_from_msbuild()
    {
        const string source = """
            using KognitosGen;

            namespace Outer.Inner
            {
                public static partial class Processes
                {
                    public partial struct Holder
                    {
                        [KognitosProcess("to be nested", ProcessId = "process")]
                        public partial class Nested
                        {
                            [KognitosOutput("the output answer")] public int Answer { get; private set; }
                        }
                    }
                }
            }
            """;
        var msbuild = new Dictionary<string, string>
        {
            ["build_property.KognitosAgentId"] = "agent-from-msbuild",
            ["build_property.KognitosProcessStage"] = "Draft",
        };

        Snapshot.Verify(GenerateSingle(source, msbuild), "NestedWithMsBuildDefaults");
    }

    [Fact]
    public void User_types_through_a_json_context()
    {
        const string source = """
            using System.Collections.Generic;
            using System.Text.Json.Serialization;
            using KognitosGen;

            namespace Shipping;

            public sealed record Address(string Street, string City);

            [JsonSerializable(typeof(Address))]
            [JsonSerializable(typeof(List<Address>))]
            internal sealed partial class ShippingJson : JsonSerializerContext;

            [KognitosProcess("to ship an order", AgentId = "agent", ProcessId = "process", JsonContext = typeof(ShippingJson))]
            public sealed partial class ShipOrder
            {
                [KognitosInput("destination")] public Address Destination { get; set; } = new("", "");
                [KognitosOutput("the output stops")] public List<Address>? Stops { get; private set; }
            }
            """;

        var run = GeneratorHarness.Run(source);
        run.AssertGeneratorDidNotThrow();
        Assert.Empty(run.Diagnostics);
        var generated = run.Sources["Shipping.ShipOrder.Kognitos.g.cs"];
        Snapshot.Verify(generated, "UserTypes");
    }
}
