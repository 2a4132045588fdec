namespace KognitosGen.ReliabilityTests.Fuzzing.Corpus;

public static partial class FuzzCorpus
{
    public const string AssemblyDefaults = """
        using KognitosGen;

        [assembly: KognitosDefaults(AgentId = "default-agent", Stage = KognitosStage.Published)]

        namespace Defaults
        {
            [KognitosProcess("to use the defaults", ProcessId = "defaults")]
            public partial class UseDefaults
            {
                [KognitosInput("anything")] public string? Anything { get; init; }
                [KognitosOutput("the output result")] public string? Result { get; private set; }
            }
        }
        """;

    public const string EveryNamedArgument = """
        using System;
        using System.Text.Json;
        using System.Text.Json.Serialization;
        using System.Text.Json.Serialization.Metadata;
        using KognitosGen;

        namespace Arguments
        {
            public sealed class ArgumentJson : JsonSerializerContext
            {
                public ArgumentJson() : base(null) { }
                public static ArgumentJson Default { get; } = new ArgumentJson();
                protected override JsonSerializerOptions? GeneratedSerializerOptions => null;
                public override JsonTypeInfo? GetTypeInfo(Type type) => null;
            }

            public sealed class Payload { public int Value { get; set; } }

            #pragma warning disable KOG0009
            [KognitosProcess(name: "to name everything", AgentId = "agent-1", ProcessId = "everything", Stage = KognitosStage.Draft, JsonContext = typeof(ArgumentJson))]
            #pragma warning restore KOG0009
            public sealed partial class NameEverything
            {
                [KognitosInput(factName: "payload")] public Payload? Payload { get; init; }
                [KognitosOutput(factName: "the output payload")] public Payload? Result { get; private set; }
                [KognitosFile(factName: "scan")] public KognitosFile? Scan { get; init; }
            }

            [KognitosProcess("to publish", AgentId = "agent-1", ProcessId = "publish", Stage = KognitosStage.Published)]
            public sealed partial class Publish
            {
                [KognitosInput("the output looks like an output but is an input")] public string? Odd { get; init; }
            }
        }
        """;
}
