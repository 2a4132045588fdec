using System.Net.Http;
using System.Text;
using System.Text.Json;
using KognitosGen.Transport;
using KognitosGen.Wire;

namespace KognitosGen.Tests.Contract;

/// <summary>
/// Runs the client reads keep their outputs unbuilt until asked for (typed binding reads the body): they still
/// fail to read when the outputs have a wrong shape, and read the same values as an eager read when asked.
/// </summary>
public sealed class LazyOutputsTests
{
    private static readonly ApiCall Call = new("kognitos.runs.get", HttpMethod.Get, "v2/runs/r1", ResendRule.Idempotent, () => new HttpRequestMessage());

    private static T Read<T>(string json, Func<ReadOnlyMemory<byte>, T?> read)
        where T : class =>
        ResponseReader.Read(Call, new ApiResponse(200, Encoding.UTF8.GetBytes(json)), read, "run");

    [Fact]
    public void Outputs_read_when_asked_for_are_those_of_the_body_and_read_once()
    {
        var run = Read(DocumentedExamples.RunWithOutputs, RunReader.ReadRun);
        var eager = JsonSerializer.Deserialize(DocumentedExamples.RunWithOutputs, KognitosJsonContext.Default.KognitosRun)!;

        Assert.NotEmpty(eager.Outputs);
        Assert.Equal(eager.Outputs.Select(o => o.ToString()), run.Outputs.Select(o => o.ToString()));
        Assert.Same(run.Outputs, run.OutputsOrNull);
        Assert.True(run.TryGetOutput(eager.Outputs[0].Name, out var first));
        Assert.Equal(eager.Outputs[0].Value.GetRawText(), first.Value.GetRawText());
    }

    [Fact]
    public void Concurrent_first_reads_all_get_the_same_list()
    {
        var run = Read(DocumentedExamples.RunWithOutputs, RunReader.ReadRun);
        var lists = new IReadOnlyList<KognitosNameValue>[8];
        Parallel.For(0, lists.Length, i => lists[i] = run.Outputs);
        Assert.All(lists, list => Assert.Same(lists[0], list));
    }

    [Theory]
    [InlineData("null", 0)]
    [InlineData("[]", 0)]
    [InlineData("""[null, {"name": "the output a"}, {"name": null, "value": 1}]""", 3)]
    public void Null_empty_and_odd_but_valid_outputs_read_as_an_eager_read_does(string outputs, int count)
    {
        var json = $$"""{"id":"r1","status":"Succeeded","outputs":{{outputs}}}""";
        var run = Read(json, RunReader.ReadRun);
        var eager = JsonSerializer.Deserialize(json, KognitosJsonContext.Default.KognitosRun)!;
        Assert.Equal(count, run.Outputs.Count);
        Assert.Equal(eager.Outputs.Count, run.Outputs.Count);
        Assert.Equal(eager.OutputsOrNull is null, run.OutputsOrNull is null);
    }

    [Theory]
    [InlineData("""{"name": "x"}""")]
    [InlineData("[1]")]
    [InlineData("""[{"name": 5, "value": 1}]""")]
    [InlineData("\"outputs\"")]
    public void Outputs_of_a_wrong_shape_still_fail_the_read_with_the_raw_body(string outputs)
    {
        var json = $$"""{"id":"r1","status":"Succeeded","outputs":{{outputs}}}""";
        var error = Assert.Throws<KognitosApiException>(() => Read(json, RunReader.ReadRun));
        Assert.Equal(KognitosFailureKind.InvalidResponse, error.Kind);
        Assert.Equal(json, error.RawBody);
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(json, KognitosJsonContext.Default.KognitosRun));
    }

    [Fact]
    public void Each_listed_run_keeps_its_own_item_and_reads_its_outputs_from_it()
    {
        const string json = """
            {"items": [
              {"id": "a", "status": "Succeeded", "outputs": [{"name": "the output total", "value": 1}]},
              {"id": "b", "status": "Running", "outputs": null},
              {"id": "c", "status": "Succeeded", "outputs": [{"name": "the output total", "value": [3, {"x": "]"}]}]}
            ], "continuation_token": "t"}
            """;
        var page = Read(json, RunReader.ReadPage);

        Assert.Equal(["a", "b", "c"], page.Items.Select(r => r.Id));
        Assert.Equal("1", page.Items[0].Outputs.Single().Value.GetRawText());
        Assert.Empty(page.Items[1].Outputs);
        Assert.Equal("""[3, {"x": "]"}]""", page.Items[2].Outputs.Single().Value.GetRawText());
        using var item = JsonDocument.Parse(page.Items[2].RawJson!);
        Assert.Equal("c", item.RootElement.GetProperty("id").GetString());
    }

    [Fact]
    public void Binding_starts_where_the_outputs_were_seen_in_a_fetched_run_and_in_each_listed_run()
    {
        var schema = new KognitosGen.Binding.KognitosOutputSchema(["the output total"], ["decimal"], [false]);
        var fetched = Read("""{"id":"r1","meta":{"outputs":[{"name":"the output total","value":1}]},"outputs":[{"name":"the output total","value":2}]}""", RunReader.ReadRun);
        var page = Read("""{"items":[{"id":"a","outputs":[{"name":"the output total","value":3}]},{"id":"b","outputs":[{"name":"the output total","value":4}]}]}""", RunReader.ReadPage);

        Assert.Equal(["2", "3", "4"], new[] { fetched, page.Items[0], page.Items[1] }.Select(run => Binding.Bound.Of(schema, run).Values[0]));
    }
}
