using System.Text.Json;
using KognitosGen.Wire;

namespace KognitosGen.Tests.Contract;

/// <summary>Requests serialise to the documented field names and shapes, with nulls left out.</summary>
public sealed class RequestContractTests
{
    [Fact]
    public void Create_run_request_uses_documented_names_and_shapes()
    {
        var request = new KognitosCreateRunRequest
        {
            Name = "Process invoice 42",
            ProcessId = "b4fznghynbdemslfd5k044fgd",
            AgentId = "a7xm2kp9qwj3v5nh8t4c6r1e9z",
            Stage = KognitosStage.Draft,
            Inputs = [new KognitosNameValue { Name = "order_id", Value = JsonSerializer.SerializeToElement("b4fznghynbdemslfd5k044fgd", KognitosTestJson.Default.String) }],
            FileIds = ["b4fznghynbdemslfd5k044fgd", "9nvx1hdm9bd74rp585oe81t5i"],
        };

        var json = JsonSerializer.Serialize(request, KognitosJsonContext.Default.KognitosCreateRunRequest);

        Assert.Equal(
            """{"name":"Process invoice 42","process_id":"b4fznghynbdemslfd5k044fgd","agent_id":"a7xm2kp9qwj3v5nh8t4c6r1e9z","stage":"Draft","inputs":[{"name":"order_id","value":"b4fznghynbdemslfd5k044fgd"}],"file_ids":["b4fznghynbdemslfd5k044fgd","9nvx1hdm9bd74rp585oe81t5i"]}""",
            json);
    }

    [Fact]
    public void Create_run_request_omits_null_inputs_and_file_ids()
    {
        var request = new KognitosCreateRunRequest
        {
            Name = "n", ProcessId = "p", AgentId = "a", Stage = KognitosStage.Published,
        };

        var json = JsonSerializer.Serialize(request, KognitosJsonContext.Default.KognitosCreateRunRequest);

        Assert.Equal("""{"name":"n","process_id":"p","agent_id":"a","stage":"Published"}""", json);
    }

    [Fact]
    public void Create_file_request_uses_documented_names_and_omits_missing_agent()
    {
        var withAgent = JsonSerializer.Serialize(
            new KognitosCreateFileRequest { FileName = "test-file.pdf", AgentId = "b4fznghynbdemslfd5k044fgd" },
            KognitosJsonContext.Default.KognitosCreateFileRequest);
        var withoutAgent = JsonSerializer.Serialize(
            new KognitosCreateFileRequest { FileName = "test-file.pdf" }, KognitosJsonContext.Default.KognitosCreateFileRequest);

        Assert.Equal("""{"file_name":"test-file.pdf","agent_id":"b4fznghynbdemslfd5k044fgd"}""", withAgent);
        Assert.Equal("""{"file_name":"test-file.pdf"}""", withoutAgent);
    }
}
