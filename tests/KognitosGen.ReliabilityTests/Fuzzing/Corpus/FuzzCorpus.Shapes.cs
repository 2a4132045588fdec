namespace KognitosGen.ReliabilityTests.Fuzzing.Corpus;

public static partial class FuzzCorpus
{
    public const string NestedPartialTypes = """
        using KognitosGen;

        namespace Outer.Middle
        {
            namespace Inner
            {
                public static partial class Processes
                {
                    public partial struct Group
                    {
                        public partial record Family
                        {
                            internal partial class Deep
                            {
                                [KognitosProcess("to go deep", AgentId = "agent-1", ProcessId = "deep")]
                                public sealed partial class GoDeep
                                {
                                    [KognitosInput("level")] public int Level { get; init; }
                                    [KognitosOutput("the output depth")] public int Depth { get; private set; }
                                }
                            }
                        }
                    }

                    public partial record struct Pair
                    {
                        [KognitosProcess("to pair", AgentId = "agent-1", ProcessId = "pair")]
                        private partial class MakePair
                        {
                            [KognitosInput("left")] public string? Left { get; init; }
                            [KognitosOutput("the output right")] public string? Right { get; private set; }
                        }
                    }

                    public partial interface IHolder
                    {
                        [KognitosProcess("to hold", AgentId = "agent-1", ProcessId = "hold")]
                        public partial class Hold
                        {
                            [KognitosInput("thing")] public string? Thing { get; init; }
                        }
                    }
                }
            }
        }
        """;

    public const string Records = """
        using System;
        using KognitosGen;

        namespace Lending;

        [KognitosProcess("to approve a loan", AgentId = "agent-1", ProcessId = "loan")]
        public sealed partial record ApproveLoan([property: KognitosInput("applicant")] string Applicant, [property: KognitosInput("amount")] decimal Amount)
        {
            [KognitosInput("term in months")] public int TermInMonths { get; init; } = 12;
            [KognitosOutput("the output approved")] public bool Approved { get; private set; }
            [KognitosOutput("the output rate")] public double? Rate { get; private set; }
        }

        [KognitosProcess("to close a loan", AgentId = "agent-1", ProcessId = "close")]
        public partial record class CloseLoan
        {
            [KognitosInput("loan id")] public Guid LoanId { get; init; }
            [KognitosOutput("the output closed at")] public DateTimeOffset? ClosedAt { get; private set; }
        }
        """;

    public const string JsonContextUserTypes = """
        using System;
        using System.Collections.Generic;
        using System.Text.Json;
        using System.Text.Json.Serialization;
        using System.Text.Json.Serialization.Metadata;
        using KognitosGen;

        namespace Shipping
        {
            public sealed class Address
            {
                public string? Street { get; set; }
                public string? City { get; set; }
            }

            public struct Weight
            {
                public double Kilograms { get; set; }
            }

            public interface IParcel
            {
                string Label { get; }
            }

            public sealed class ShippingJson : JsonSerializerContext
            {
                public ShippingJson() : base(null) { }
                public static ShippingJson Default { get; } = new ShippingJson();
                protected override JsonSerializerOptions? GeneratedSerializerOptions => null;
                public override JsonTypeInfo? GetTypeInfo(Type type) => null;
            }

            [KognitosProcess("to ship a parcel", AgentId = "agent-1", ProcessId = "ship", JsonContext = typeof(ShippingJson))]
            public sealed partial class ShipParcel
            {
                [KognitosInput("to")] public Address? To { get; init; }
                [KognitosInput("weight")] public Weight Weight { get; init; }
                [KognitosInput("stops")] public List<Address> Stops { get; init; } = new();
                [KognitosInput("by city")] public Dictionary<string, Address[]> ByCity { get; init; } = new();
                [KognitosInput("parcel")] public IParcel? Parcel { get; init; }

                [KognitosOutput("the output label")] public Address? Label { get; private set; }
                [KognitosOutput("the output weights")] public Weight[]? Weights { get; private set; }
                [KognitosOutput("the output maybe weight")] public Weight? MaybeWeight { get; private set; }
            }
        }
        """;
}
