using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace KognitosGen.Emulator.Tests;

/// <summary>Raw HTTP against an emulator: no client library, just paths, headers and JSON text.</summary>
/// <param name="emulator">The emulator to call.</param>
/// <param name="defaultKey">The key sent when a call names none (the demo scenario's keys differ from the test scenario's).</param>
internal sealed class EmulatorClient(KognitosEmulator emulator, string defaultKey = TestScenarios.OrgKey) : IDisposable
{
    private readonly HttpClient _http = new() { BaseAddress = emulator.BaseAddress, Timeout = TimeSpan.FromSeconds(20) };

    public Uri BaseAddress => emulator.BaseAddress;

    public Task<ApiResponse> GetAsync(string path, string? apiKey = TestScenarios.OrgKey) =>
        SendAsync(new HttpRequestMessage(HttpMethod.Get, path), apiKey);

    public Task<ApiResponse> PostJsonAsync(string path, string json, string? apiKey = TestScenarios.OrgKey) =>
        SendAsync(new HttpRequestMessage(HttpMethod.Post, path)
        {
            Content = new StringContent(json, Encoding.UTF8, "application/json"),
        }, apiKey);

    public Task<ApiResponse> PutJsonAsync(string path, string json, string? apiKey = TestScenarios.OrgKey) =>
        SendAsync(new HttpRequestMessage(HttpMethod.Put, path)
        {
            Content = new StringContent(json, Encoding.UTF8, "application/json"),
        }, apiKey);

    public async Task<ApiResponse> SendAsync(HttpRequestMessage request, string? apiKey)
    {
        using (request)
        {
            if (apiKey is not null)
                request.Headers.Add("x-api-key", apiKey);
            using var response = await _http.SendAsync(request);
            var body = await response.Content.ReadAsStringAsync();
            return new ApiResponse(response.StatusCode, response.Headers, response.Content.Headers.ContentType?.MediaType, body);
        }
    }

    /// <summary>Starts a run and returns the 201 body; fails the test on any other status.</summary>
    public async Task<JsonElement> StartRunAsync(string processId, string stage = "Published", string? inputsJson = null,
        string? fileIdsJson = null, string agentId = TestScenarios.AgentId, string name = "Process invoice 42",
        string apiKey = TestScenarios.OrgKey)
    {
        var body = $$"""
            {"name": {{JsonSerializer.Serialize(name)}}, "process_id": "{{processId}}", "agent_id": "{{agentId}}",
             "stage": "{{stage}}", "inputs": {{inputsJson ?? "null"}}, "file_ids": {{fileIdsJson ?? "null"}}}
            """;
        var response = await PostJsonAsync("/v2/runs", body, apiKey);
        Assert.True(response.Status == System.Net.HttpStatusCode.Created, $"expected 201, got {(int)response.Status}: {response.Body}");
        return response.Json;
    }

    /// <summary>Polls GET /v2/runs/{id} until the status is terminal or the deadline passes.</summary>
    public async Task<JsonElement> WaitForTerminalAsync(string runId, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(10));
        while (true)
        {
            var run = (await GetAsync($"/v2/runs/{runId}", defaultKey)).Json;
            var status = run.GetProperty("status").GetString();
            if (status is "Succeeded" or "Failed" or "Cancelled" or "TimedOut")
                return run;
            Assert.True(DateTime.UtcNow < deadline, $"run {runId} still {status} at the deadline");
            await Task.Delay(10);
        }
    }

    /// <summary>Announces a file and uploads its bytes through the returned upload_url; returns the FileResource.</summary>
    public async Task<JsonElement> UploadFileAsync(string fileName, byte[] content, string? agentId = TestScenarios.AgentId,
        string apiKey = TestScenarios.OrgKey)
    {
        var agentMember = agentId is null ? string.Empty : $", \"agent_id\": \"{agentId}\"";
        var created = await PostJsonAsync("/v2/files", $"{{\"file_name\": {JsonSerializer.Serialize(fileName)}{agentMember}}}", apiKey);
        Assert.Equal(System.Net.HttpStatusCode.Created, created.Status);
        var resource = created.Json;
        var upload = await UploadAsync(resource, content);
        Assert.True(upload.Status == System.Net.HttpStatusCode.NoContent, $"upload failed: {(int)upload.Status} {upload.Body}");
        return resource;
    }

    /// <summary>Posts the upload form for a FileResource, letting a test override or drop fields.</summary>
    public Task<ApiResponse> UploadAsync(JsonElement fileResource, byte[]? content,
        IReadOnlyDictionary<string, string?>? overrides = null, bool fileFirst = false)
    {
        var form = new MultipartFormDataContent();
        var filePart = content is null ? null : new ByteArrayContent(content);
        if (filePart is not null)
            filePart.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        if (fileFirst && filePart is not null)
            form.Add(filePart, "file", "upload.bin");
        foreach (var field in fileResource.GetProperty("upload_fields").EnumerateObject())
        {
            string? value = field.Value.GetString();
            if (overrides is not null && overrides.TryGetValue(field.Name, out var replacement))
                value = replacement;
            if (value is not null)
                form.Add(new StringContent(value), field.Name);
        }

        if (!fileFirst && filePart is not null)
            form.Add(filePart, "file", "upload.bin");

        var method = new HttpMethod(fileResource.GetProperty("upload_http_method").GetString()!);
        var request = new HttpRequestMessage(method, fileResource.GetProperty("upload_url").GetString()) { Content = form };
        return SendAsync(request, apiKey: null);
    }

    public void Dispose() => _http.Dispose();
}
