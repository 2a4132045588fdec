using KognitosGen.Emulator;

namespace KognitosGen.Cli.Tests;

/// <summary>
/// An in-process emulator with a scenario made for the tool, the variables that point <c>kognitos</c> at it, and a
/// temporary folder. One per test: cheap, and no test sees another's runs.
/// </summary>
public sealed class TestWorld : IAsyncDisposable
{
    public const string ApiKey = "cli-test-key-3f9a";

    /// <summary>A key scoped to another agent: this world's agent refuses it with 403.</summary>
    public const string OtherAgentKey = "cli-other-agent-key-81d2";
    public const string AgentId = "agentcli0000000000000001";
    public const string InvoiceProcess = "procinvoice000000000000001";
    public const string FeedbackProcess = "procfeedback00000000000002";
    public const string FailingProcess = "procfailing000000000000003";
    public const string SlowProcess = "procslow000000000000000004";

    private static readonly string Scenario = $$"""
        {
          "apiKeys": [ { "key": "{{ApiKey}}" }, { "key": "{{OtherAgentKey}}", "agentId": "agentcli0000000000000099" } ],
          "uploadSizeLimitBytes": 1024,
          "agents": [
            { "id": "agentcli0000000000000099", "processes": [] },
            {
              "id": "{{AgentId}}",
              "processes": [
                {
                  "id": "{{InvoiceProcess}}",
                  "name": "to process the invoices",
                  "stage": "Published",
                  "run": {
                    "pendingMs": 10, "runningMs": 10, "status": "Succeeded",
                    "outputs": {
                      "the output total": 1234.56,
                      "the output vendor": "ACME",
                      "the output approved": true,
                      "the output line count": 3,
                      "the output reviewed at": "2026-01-15T09:30:00Z",
                      "the output due date": "2026-02-01",
                      "the output companies": ["Contoso", "Fabrikam"],
                      "the output details": { "currency": "EUR", "pages": 2 },
                      "the output note": { "$input": "note" },
                      "the output invoice number": { "$input": "invoice number" },
                      "the output files": { "$files": "names" }
                    }
                  }
                },
                {
                  "id": "{{FeedbackProcess}}",
                  "name": "to summarize customer feedback",
                  "stage": "Draft",
                  "run": { "pendingMs": 10, "runningMs": 10, "status": "Succeeded", "outputs": { "the output summary": "Fine.", "the output score": 0.87 } }
                },
                {
                  "id": "{{FailingProcess}}",
                  "name": "to fail every time",
                  "stage": "Published",
                  "run": { "pendingMs": 10, "runningMs": 10, "status": "Failed" }
                },
                {
                  "id": "{{SlowProcess}}",
                  "name": "to take all day",
                  "stage": "Published",
                  "run": { "pendingMs": 10, "runningMs": 3600000, "status": "Succeeded" }
                }
              ]
            }
          ]
        }
        """;

    private TestWorld(KognitosEmulator emulator)
    {
        Emulator = emulator;
        Folder = Path.Combine(Path.GetTempPath(), "kognitos-cli-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
        Variables = new Dictionary<string, string>
        {
            ["KOGNITOS_API_KEY"] = ApiKey,
            ["KOGNITOS_BASE_URL"] = emulator.BaseAddress.ToString(),
            ["KOGNITOS_AGENT_ID"] = AgentId,
        };
    }

    public KognitosEmulator Emulator { get; }

    /// <summary>A fresh temporary folder, deleted with the world.</summary>
    public string Folder { get; }

    /// <summary>The variables that point the tool at this emulator, with a valid key and the agent.</summary>
    public Dictionary<string, string> Variables { get; }

    public static async Task<TestWorld> StartAsync() => new(await KognitosEmulator.StartAsync(Scenario));

    public string PathOf(string name) => Path.Combine(Folder, name);

    public Task<CliResult> RunAsync(params string[] args) => Cli.RunAsync(Variables, args);

    /// <summary>Variables with some replaced or removed (a null value removes).</summary>
    public Dictionary<string, string> VariablesWith(params (string Name, string? Value)[] changes)
    {
        var copy = new Dictionary<string, string>(Variables);
        foreach (var (name, value) in changes)
        {
            if (value is null)
                copy.Remove(name);
            else
                copy[name] = value;
        }

        return copy;
    }

    /// <summary>A client of this emulator, for arranging runs a test then reads through the tool.</summary>
    public KognitosClient Client() => new(new KognitosClientOptions { BaseUrl = Emulator.BaseAddress, ApiKey = ApiKey });

    /// <summary>Runs a process to its end directly through the client, with the given inputs.</summary>
    public async Task<KognitosRun> CompleteRunAsync(string processId, KognitosStage stage, params (string Name, string Json)[] inputs)
    {
        using var client = Client();
        var run = await client.CreateRunAsync(new KognitosCreateRunRequest
        {
            Name = "arranged",
            AgentId = AgentId,
            ProcessId = processId,
            Stage = stage,
            Inputs = inputs.Length == 0 ? null : inputs.Select(i => new KognitosNameValue { Name = i.Name, Value = System.Text.Json.JsonDocument.Parse(i.Json).RootElement.Clone() }).ToList(),
        });
        return await client.WaitForCompletionAsync(run.Id, new KognitosPollingOptions { InitialInterval = TimeSpan.FromMilliseconds(20), MaxInterval = TimeSpan.FromMilliseconds(100) });
    }

    public async ValueTask DisposeAsync()
    {
        await Emulator.DisposeAsync();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A build server may still hold a file of the consumer project; the temp folder is cleaned later.
        }
    }
}
