namespace KognitosGen.ReliabilityTests.Fuzzing.Corpus;

public static partial class FuzzCorpus
{
    public const string SeveralProcesses = """
        using System;
        using KognitosGen;

        namespace Several.Processes.Here;

        [KognitosProcess("to start", AgentId = "agent-1", ProcessId = "start")]
        public partial class Start
        {
            [KognitosInput("when")] public DateTime When { get; init; }
        }

        [KognitosProcess("to stop", AgentId = "agent-1", ProcessId = "stop")]
        public partial class Stop
        {
            [KognitosInput("why")] public string? Why { get; init; }
            [KognitosOutput("the output stopped")] public bool Stopped { get; private set; }
        }

        [KognitosProcess("to restart", AgentId = "agent-2", ProcessId = "restart")]
        public partial class Restart
        {
            [KognitosOutput("the output count")] public int Count { get; private set; }
            [KognitosOutput("output_note")] public string? Note { get; private set; }
        }
        """;

    public const string ClientUsage = """
        using System;
        using System.Threading.Tasks;
        using KognitosGen;

        namespace Usage
        {
            [KognitosProcess("to greet", AgentId = "agent-1", ProcessId = "greet")]
            public sealed partial class Greet
            {
                [KognitosInput("name")] public string Name { get; init; } = "";
                [KognitosOutput("the output greeting")] public string? Greeting { get; private set; }
            }

            public static class Program
            {
                public static async Task<string?> RunAsync()
                {
                    var options = new KognitosClientOptions();
                    options.ApiKey = "kgn_live_0123456789abcdef";
                    options.BaseUrl = new Uri("http://127.0.0.1:5000/");
                    using var client = new KognitosClient(options);
                    var done = await new Greet { Name = "Ada" }.RunAsync(client);
                    return done.Process.Greeting;
                }
            }
        }
        """;

    public const string ReservedMemberNames = """
        using System.Threading.Tasks;
        using KognitosGen;

        namespace Reserved
        {
            [KognitosProcess("to keep my members", AgentId = "agent-1", ProcessId = "keep")]
            public partial class KeepMembers
            {
                public static string KognitosDescriptor => "mine";
                public Task<int> StartAsync() => Task.FromResult(1);
                public Task<int> RunAsync() => Task.FromResult(2);

                [KognitosInput("value")] public int Value { get; init; }
            }
        }
        """;

    public const string GlobalNamespace = """
        using System;
        using KognitosGen;

        [KognitosProcess("to live globally", AgentId = "agent-1", ProcessId = "global")]
        public partial class LiveGlobally
        {
            [Obsolete("old")] [KognitosInput("old input")] public string? OldInput { get; init; }
            [KognitosInput("@escaped")] public int @class { get; init; }
            [KognitosOutput("the output \"quoted\" \\ value")] public string? Quoted { get; private set; }
            [KognitosOutput("the output tab\there")] public string? Tabbed { get; private set; }
        }
        """;
}
