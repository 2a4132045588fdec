using System.Text.Json;

namespace KognitosGen.ReliabilityTests.Replay;

/// <summary>
/// Keeps the upload fields of every <c>POST /v2/files</c> answer the client gets through the recorder: the presigned
/// credentials the recording must never hold, for the secret scan.
/// </summary>
public sealed class UploadAnswerCapture() : DelegatingHandler(new HttpClientHandler())
{
    private readonly List<string> _fieldValues = [];

    public IReadOnlyList<string> FieldValues
    {
        get
        {
            lock (_fieldValues)
                return [.. _fieldValues];
        }
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken);
        if (request.Method != HttpMethod.Post || request.RequestUri!.AbsolutePath != "/v2/files" || !response.IsSuccessStatusCode)
            return response;
        await response.Content.LoadIntoBufferAsync(cancellationToken);
        using var answer = JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancellationToken));
        lock (_fieldValues)
        {
            foreach (var field in answer.RootElement.GetProperty("upload_fields").EnumerateObject())
            {
                if (field.Name != "Content-Type")
                    _fieldValues.Add(field.Value.GetString()!);
            }
        }

        return response;
    }
}
