using System;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text.Json.Serialization.Metadata;
using System.Threading;
using System.Threading.Tasks;
using KognitosGen.Wire;

namespace KognitosGen.Transport;

/// <summary>
/// The client's way to the API: builds its calls (the root, the key header, the JSON body), sends them through the
/// <see cref="RequestPipeline"/>, and reads their answers into models.
/// </summary>
internal sealed class ApiConnection
{
    private const string ApiKeyHeader = "x-api-key";

    private readonly RequestPipeline _pipeline;
    private readonly string _apiKey;

    public ApiConnection(RequestPipeline pipeline, Uri baseAddress, string apiKey)
    {
        _pipeline = pipeline;
        BaseAddress = baseAddress;
        _apiKey = apiKey;
    }

    /// <summary>The API root; request paths such as <c>v2/runs</c> are relative to it.</summary>
    public Uri BaseAddress { get; }

    /// <summary>The pipeline the calls go through.</summary>
    public RequestPipeline Pipeline => _pipeline;

    /// <summary>A read: sent again after transient failures.</summary>
    public ApiCall Get(string operation, string path, string query = "") =>
        new(operation, HttpMethod.Get, "/" + path, ResendRule.Idempotent, () => NewRequest(HttpMethod.Get, path + query, null));

    /// <summary>A write that is not safe to repeat: sent again only when it provably never left.</summary>
    public ApiCall Post(string operation, string path, ArraySegment<byte> jsonBody) =>
        new(operation, HttpMethod.Post, "/" + path, ResendRule.OnlyIfNotSent, () => NewRequest(HttpMethod.Post, path, jsonBody));

    /// <summary>Sends <paramref name="call"/> and returns its answer as it came.</summary>
    public Task<ApiResponse> SendAsync(ApiCall call, CancellationToken cancellationToken) =>
        _pipeline.SendAsync(call, cancellationToken);

    /// <summary>Sends <paramref name="call"/> and reads its answer as a <typeparamref name="T"/> (a <paramref name="resourceName"/> in errors).</summary>
    public async Task<T> SendAsync<T>(ApiCall call, JsonTypeInfo<T> type, string resourceName, CancellationToken cancellationToken)
        where T : class
    {
        var response = await _pipeline.SendAsync(call, cancellationToken).ConfigureAwait(false);
        return ResponseReader.Read(call, response, type, resourceName);
    }

    /// <summary>Sends <paramref name="call"/> and reads its answer with <paramref name="read"/> (a <paramref name="resourceName"/> in errors).</summary>
    public async Task<T> SendAsync<T>(ApiCall call, Func<ReadOnlyMemory<byte>, T?> read, string resourceName, CancellationToken cancellationToken)
        where T : class
    {
        var response = await _pipeline.SendAsync(call, cancellationToken).ConfigureAwait(false);
        return ResponseReader.Read(call, response, read, resourceName);
    }

    /// <summary>A path segment escaped for a URL.</summary>
    public static string EscapePath(string segment) => Uri.EscapeDataString(segment);

    private HttpRequestMessage NewRequest(HttpMethod method, string pathAndQuery, ArraySegment<byte>? jsonBody)
    {
        var request = new HttpRequestMessage(method, new Uri(BaseAddress, pathAndQuery));
        request.Headers.TryAddWithoutValidation(ApiKeyHeader, _apiKey);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        if (jsonBody is { Array: { } array } body)
        {
            request.Content = new ByteArrayContent(array, body.Offset, body.Count);
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        }

        return request;
    }
}
