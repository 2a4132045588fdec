using System.Net.Http;
using System.Text;
using KognitosGen.Transport;
using KognitosGen.Wire;

namespace KognitosGen.Tests.Contract;

/// <summary>
/// A page of runs is read as the source-generated context read it (exact names, unknown members skipped, the last of
/// a repeated member kept, nothing after the value), with each run built holding its own item of the page.
/// </summary>
public sealed class RunPageReadingTests
{
    private static readonly ApiCall Call = new("kognitos.runs.list", HttpMethod.Get, "/v2/runs", ResendRule.Idempotent, () => new HttpRequestMessage());

    private static KognitosPage<KognitosRun> Read(string json) =>
        ResponseReader.Read(Call, new ApiResponse(200, Encoding.UTF8.GetBytes(json)), RunReader.ReadPage, "run list");

    [Fact]
    public void Each_listed_run_holds_exactly_its_item_of_the_page()
    {
        var page = Read("""  {"items": [ {"id": "a", "status": "Running"} ,{"id": "b"}], "continuation_token": "t1"}  """);

        Assert.Equal("""{"id": "a", "status": "Running"}""", page.Items[0].RawJson);
        Assert.Equal("""{"id": "b"}""", page.Items[1].RawJson);
        Assert.Equal("t1", page.ContinuationToken);
        Assert.True(page.HasMore);
    }

    [Fact]
    public void Unknown_members_are_skipped_null_items_read_as_none_and_a_repeated_member_keeps_its_last_value()
    {
        var page = Read("""{"meta": {"items": [1]}, "items": null, "continuation_token": "first", "Items": 5, "continuation_token": null}""");

        Assert.Empty(page.Items);
        Assert.Null(page.ItemsOrNull);
        Assert.Null(page.ContinuationToken);
        Assert.False(page.HasMore);
    }

    [Theory]
    [InlineData("""{"items": 5}""", "\"items\" is a Number")]
    [InlineData("""{"items": [1]}""", "A run is a Number")]
    [InlineData("""{"items": [], "continuation_token": 7}""", "\"continuation_token\" is a Number")]
    [InlineData("""[]""", "A page is a StartArray")]
    [InlineData("""{"items": []} {}""", "after a single JSON value")]
    [InlineData("""{"items": [{"id": "a"}""", "open JSON object or array")]
    public void A_body_that_is_not_a_page_of_runs_fails_as_an_invalid_response_saying_what_was_wrong(string json, string problem)
    {
        var error = Assert.Throws<KognitosApiException>(() => Read(json));

        Assert.Equal(KognitosFailureKind.InvalidResponse, error.Kind);
        Assert.StartsWith("Kognitos API GET /v2/runs returned HTTP 200 with a body that is not a valid run list: ", error.Message);
        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
        Assert.Equal(json, error.RawBody);
    }

    [Fact]
    public void A_page_that_is_json_null_fails_as_an_invalid_response()
    {
        var error = Assert.Throws<KognitosApiException>(() => Read("null"));

        Assert.Contains("the body is JSON null", error.Message, StringComparison.Ordinal);
    }
}
