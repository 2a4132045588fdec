using KognitosGen.Emulator;
using static KognitosGen.Tests.Emulator.EmulatorScenarios;

namespace KognitosGen.Tests.Emulator;

/// <summary>Every error the emulator produces reaches the caller as a typed, complete exception.</summary>
public sealed class ErrorPathsAgainstEmulatorTests : EmulatorTest
{
    private static async Task<KognitosApiException> Fails(Func<Task> call, int status)
    {
        var error = await Assert.ThrowsAsync<KognitosApiException>(call);
        Assert.Equal(KognitosFailureKind.HttpError, error.Kind);
        Assert.Equal(status, error.StatusCode);
        Assert.NotNull(error.Error);
        Assert.Equal(status, error.Error.StatusCode);
        Assert.False(string.IsNullOrEmpty(error.RawBody));
        return error;
    }

    [Fact]
    public async Task An_unknown_run_is_404()
    {
        var error = await Fails(() => Client.GetRunAsync("zzzzzzzzzzzzzzzzzzzzzzzzz"), 404);

        Assert.Equal("The specified run was not found", error.ErrorMessage);
        Assert.Equal("/v2/runs/zzzzzzzzzzzzzzzzzzzzzzzzz", error.Path);
    }

    [Fact]
    public async Task An_unknown_process_is_404()
    {
        var error = await Fails(() => Client.GetProcessAsync("nosuchprocess", Agent), 404);

        Assert.Equal("The specified process or agent was not found", error.ErrorMessage);
    }

    [Fact]
    public async Task Starting_an_unknown_process_is_404()
    {
        var error = await Fails(() => Client.CreateRunAsync(new KognitosCreateRunRequest { Name = "n", AgentId = Agent, ProcessId = "nosuchprocess" }), 404);

        Assert.Equal("A referenced resource was not found", error.ErrorMessage);
        Assert.Equal(0, Emulator.Counters.TotalRunsCreated);
    }

    [Fact]
    public async Task Starting_with_an_unknown_file_is_404()
    {
        var error = await Fails(() => Client.CreateRunAsync(new KognitosCreateRunRequest
        {
            Name = "n", AgentId = Agent, ProcessId = Invoices, FileIds = ["nosuchfile"],
        }), 404);

        Assert.Equal("A referenced resource was not found", error.ErrorMessage);
        Assert.Contains("nosuchfile", error.RawBody);
    }

    [Fact]
    public async Task Starting_with_a_file_never_uploaded_is_404()
    {
        var upload = await Client.CreateFileAsync("never-sent.pdf", Agent);

        await Fails(() => Client.CreateRunAsync(new KognitosCreateRunRequest
        {
            Name = "n", AgentId = Agent, ProcessId = Invoices, FileIds = [upload.Id],
        }), 404);
    }

    [Theory]
    [InlineData(101, "a7xm2kp9qwj3v5nh8t4c6r1e9z")]
    [InlineData(10, "not a valid id!")]
    [InlineData(10, "a7xm2kp9qwj3v5nh8t4c6r1e9zTOOLONG")]
    public async Task Invalid_run_starts_are_400_with_details(int nameLength, string agentId)
    {
        var error = await Fails(() => Client.CreateRunAsync(new KognitosCreateRunRequest
        {
            Name = new string('n', nameLength), AgentId = agentId, ProcessId = Invoices,
        }), 400);

        Assert.Equal("Invalid input values", error.ErrorMessage);
        Assert.Equal(System.Text.Json.JsonValueKind.Array, error.Details!.Value.ValueKind);
        Assert.True(error.Details.Value.GetArrayLength() >= 1);
    }

    [Fact]
    public async Task A_bogus_continuation_token_is_400()
    {
        var error = await Fails(() => Client.ListRunsPageAsync(new KognitosRunQuery(Agent, Invoices), "not-a-token"), 400);

        Assert.Equal("Invalid input values", error.ErrorMessage);
    }

    [Trait("Category", "Reliability")]
    [Fact]
    public async Task An_unknown_key_is_401()
    {
        using var stranger = ClientFor(Emulator, key: "nobody-knows-this-key");

        var error = await Assert.ThrowsAsync<KognitosApiException>(() => stranger.GetHealthAsync());

        Assert.Equal(401, error.StatusCode);
        Assert.DoesNotContain("nobody-knows-this-key", error.ToString());
    }

    [Trait("Category", "Reliability")]
    [Fact]
    public async Task An_agent_key_on_another_agent_is_403()
    {
        using var scoped = ClientFor(Emulator, key: AgentKey);

        var own = await scoped.GetProcessAsync(Invoices, Agent);
        var error = await Assert.ThrowsAsync<KognitosApiException>(() => scoped.GetProcessAsync(OtherAgentsProcess, OtherAgent));

        Assert.Equal(Invoices, own.Id);
        Assert.Equal(403, error.StatusCode);
        Assert.NotNull(error.ErrorMessage);
    }

    [Fact]
    public async Task An_agent_key_may_create_files_without_naming_the_agent()
    {
        using var scoped = ClientFor(Emulator, key: AgentKey);

        var id = await scoped.UploadFileAsync(KognitosFile.FromBytes("note.txt", "hello"u8.ToArray(), "text/plain"));
        var run = await scoped.CreateRunAsync(new KognitosCreateRunRequest { Name = "n", AgentId = Agent, ProcessId = Invoices, FileIds = [id] });
        var done = await scoped.WaitForCompletionAsync(run.Id);

        Assert.True(done.TryGetOutput("the output files", out var files));
        Assert.Equal("note.txt", files.Value[0].GetString());
    }

    [Fact]
    public async Task An_upload_over_the_size_limit_is_413_with_its_body_kept()
    {
        var scenario = Build();
        scenario.UploadSizeLimitBytes = 1024;
        await using var small = await KognitosEmulator.StartAsync(scenario);
        using var client = ClientFor(small);
        var upload = await client.CreateFileAsync("big.bin", Agent);

        var error = await Assert.ThrowsAsync<KognitosApiException>(() =>
            client.UploadFileContentAsync(upload, KognitosFile.FromBytes("big.bin", new byte[4096])));

        Assert.Equal(413, error.StatusCode);
        Assert.Equal("POST", error.Method);
        Assert.False(string.IsNullOrEmpty(error.RawBody));
    }
}
