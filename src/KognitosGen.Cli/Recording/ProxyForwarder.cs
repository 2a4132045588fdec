using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using KognitosGen.Recording;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace KognitosGen.Cli.Recording;

/// <summary>
/// Forwards each request to the upstream unchanged (method, path, query, headers, body) and answers with what the
/// upstream answered, taking note on the way. Presigned upload URLs in <c>POST /v2/files</c> answers are rewritten to
/// the recorder, which forwards the bytes to the real URL, so the recording knows each file's name, size and hash. A
/// connection the upstream drops is dropped to the client too, so its recovery runs as it would have.
/// </summary>
internal sealed class ProxyForwarder(Uri upstream, HttpClient http, RecordingSession session, RecordingRedaction redaction, bool includeFiles)
{
    public const string UploadPrefix = "/_kognitos-record/uploads/";

    private static readonly HashSet<string> HopByHop = new(StringComparer.OrdinalIgnoreCase)
    {
        "Connection", "Keep-Alive", "Transfer-Encoding", "TE", "Trailer", "Upgrade", "Proxy-Authorization", "Proxy-Authenticate",
        "Proxy-Connection", "Host", "Content-Length", "Accept-Encoding",
    };

    private readonly ConcurrentDictionary<string, UploadTarget> _uploads = new(StringComparer.Ordinal);
    private int _uploadCount;

    public async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        foreach (var (name, values) in request.Headers)
        {
            if (SensitiveNames.IsCredentialName(name))
            {
                foreach (var value in values)
                {
                    redaction.AddSecret(value);
                    // "Bearer abc": the token alone is the secret too.
                    if (value?.IndexOf(' ', StringComparison.Ordinal) is > 0 and var space)
                        redaction.AddSecret(value[(space + 1)..]);
                }
            }
        }

        var body = await ReadAllAsync(request.Body, context.RequestAborted);
        if (request.Path.StartsWithSegments(UploadPrefix.TrimEnd('/'), out var rest))
        {
            await UploadAsync(context, rest.Value?.Trim('/') ?? string.Empty, body);
            return;
        }

        var startedAt = session.NowMs;
        var isStart = HttpMethods.IsPost(request.Method) && request.Path.Equals("/v2/runs", StringComparison.OrdinalIgnoreCase);
        var start = isStart ? session.StartSent(Parse(body), startedAt) : null;
        var target = new Uri(upstream, request.Path.Value!.TrimStart('/') + request.QueryString.Value);
        using var forwarded = Forward(request, target, body);
        HttpResponseMessage answer;
        try
        {
            answer = await http.SendAsync(forwarded, HttpCompletionOption.ResponseContentRead, context.RequestAborted);
        }
        catch (Exception ex) when (ex is HttpRequestException or IOException or TaskCanceledException && !context.RequestAborted.IsCancellationRequested)
        {
            if (start is not null)
                session.StartDropped(start);
            session.ErrorAnswered(new RecordedError(startedAt, request.Method, request.Path.Value!, 0, new Dictionary<string, string>(), "the upstream dropped the connection"));
            context.Abort();
            return;
        }

        using (answer)
        {
            var bytes = await answer.Content.ReadAsByteArrayAsync(context.RequestAborted);
            var code = (int)answer.StatusCode;
            if (code >= 400)
            {
                var error = ErrorOf(startedAt, request.Method, request.Path.Value!, answer, bytes);
                if (start is not null)
                    session.StartRefused(start, error);
                else
                    session.ErrorAnswered(error);
            }
            else
            {
                bytes = Note(context, request, start, code, bytes);
            }

            await AnswerAsync(context, answer, bytes);
        }
    }

    // What a successful answer tells: a run, runs, processes, or a file's upload target (rewritten to come here).
    private byte[] Note(HttpContext context, HttpRequest request, RecordingRun? start, int code, byte[] bytes)
    {
        var json = Parse(bytes);
        if (json.ValueKind != JsonValueKind.Object)
            return bytes;
        var path = request.Path.Value ?? string.Empty;
        if (start is not null)
            session.StartAnswered(start, code, json);
        else if (path.StartsWith("/v2/runs", StringComparison.OrdinalIgnoreCase))
            ForEachItem(json, session.RunSeen);
        else if (path.StartsWith("/v2/processes", StringComparison.OrdinalIgnoreCase))
            ForEachItem(json, session.ProcessSeen);
        else if (path.Equals("/v2/files", StringComparison.OrdinalIgnoreCase) && HttpMethods.IsPost(request.Method))
            return RewriteUpload(context, json) ?? bytes;
        return bytes;
    }

    private static void ForEachItem(JsonElement json, Action<JsonElement> seen)
    {
        if (json.TryGetProperty("items", out var items) && items.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in items.EnumerateArray())
                seen(item);
        }
        else
        {
            seen(json);
        }
    }

    private byte[]? RewriteUpload(HttpContext context, JsonElement file)
    {
        if (!file.TryGetProperty("upload_url", out var url) || url.GetString() is not { } text || !Uri.TryCreate(text, UriKind.Absolute, out var real))
            return null;
        // Everything about the presigned URL is a secret: the whole, its query, its host (when not the API's own).
        redaction.AddSecret(text);
        redaction.AddSecret(real.Query.TrimStart('?'));
        if (!string.Equals(real.Authority, upstream.Authority, StringComparison.OrdinalIgnoreCase))
            redaction.AddSecret(real.Authority);
        foreach (var member in new[] { "upload_fields", "upload_http_headers" })
        {
            if (!file.TryGetProperty(member, out var fields) || fields.ValueKind != JsonValueKind.Object)
                continue;
            foreach (var field in fields.EnumerateObject())
            {
                if (!field.NameEquals("Content-Type") && field.Value.ValueKind == JsonValueKind.String)
                    redaction.AddSecret(field.Value.GetString());
            }
        }

        var id = Interlocked.Increment(ref _uploadCount).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var method = file.TryGetProperty("upload_http_method", out var m) && m.GetString() is { Length: > 0 } verb ? verb : "POST";
        var fileId = file.TryGetProperty("id", out var fid) ? fid.GetString() ?? string.Empty : string.Empty;
        var fileName = file.TryGetProperty("file_name", out var fn) ? fn.GetString() ?? string.Empty : string.Empty;
        _uploads[id] = new UploadTarget(real, method, fileId, fileName);

        var proxied = $"{context.Request.Scheme}://{context.Request.Host}{UploadPrefix}{id}";
        var node = System.Text.Json.Nodes.JsonNode.Parse(file.GetRawText())!.AsObject();
        node["upload_url"] = proxied;
        return Encoding.UTF8.GetBytes(node.ToJsonString());
    }

    private async Task UploadAsync(HttpContext context, string id, byte[] body)
    {
        if (!_uploads.TryGetValue(id, out var upload))
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            await context.Response.WriteAsync("kognitos record: no upload " + id + " was handed out by this recorder", context.RequestAborted);
            return;
        }

        var startedAt = session.NowMs;
        if (await FilePartAsync(context.Request.ContentType, body) is { } content)
        {
            session.FileUploaded(upload.FileId, new RecordedFile(upload.FileName, content.Length,
                Convert.ToHexStringLower(SHA256.HashData(content)), includeFiles ? Convert.ToBase64String(content) : null));
        }

        using var forwarded = Forward(context.Request, upload.Url, body, new HttpMethod(upload.Method));
        HttpResponseMessage answer;
        try
        {
            answer = await http.SendAsync(forwarded, context.RequestAborted);
        }
        catch (Exception ex) when (ex is HttpRequestException or IOException or TaskCanceledException && !context.RequestAborted.IsCancellationRequested)
        {
            session.ErrorAnswered(new RecordedError(startedAt, upload.Method, RecordedError.UploadPath, 0, new Dictionary<string, string>(), "the upload's connection dropped"));
            context.Abort();
            return;
        }

        using (answer)
        {
            var bytes = await answer.Content.ReadAsByteArrayAsync(context.RequestAborted);
            if ((int)answer.StatusCode >= 400)
                session.ErrorAnswered(ErrorOf(startedAt, upload.Method, RecordedError.UploadPath, answer, bytes));
            await AnswerAsync(context, answer, bytes);
        }
    }

    private static async Task<byte[]?> FilePartAsync(string? contentType, byte[] body)
    {
        if (contentType is null || !MediaTypeHeaderValue.TryParse(contentType, out var type) || type.Boundary.Length == 0)
            return null;
        var reader = new MultipartReader(HeaderUtilities.RemoveQuotes(type.Boundary).Value!, new MemoryStream(body));
        while (await reader.ReadNextSectionAsync() is { } section)
        {
            if (ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition)
                && HeaderUtilities.RemoveQuotes(disposition.Name).Equals("file", StringComparison.Ordinal))
            {
                using var buffer = new MemoryStream();
                await section.Body.CopyToAsync(buffer);
                return buffer.ToArray();
            }
        }

        return null;
    }

    private static HttpRequestMessage Forward(HttpRequest request, Uri target, byte[] body, HttpMethod? method = null)
    {
        var message = new HttpRequestMessage(method ?? new HttpMethod(request.Method), target);
        if (body.Length > 0 || request.ContentLength is 0 || !HttpMethods.IsGet(request.Method))
            message.Content = new ByteArrayContent(body);
        foreach (var (name, values) in request.Headers)
        {
            if (HopByHop.Contains(name))
                continue;
            if (!message.Headers.TryAddWithoutValidation(name, values.ToArray()) && message.Content is not null)
                message.Content.Headers.TryAddWithoutValidation(name, values.ToArray());
        }

        return message;
    }

    private static async Task AnswerAsync(HttpContext context, HttpResponseMessage answer, byte[] bytes)
    {
        var response = context.Response;
        response.StatusCode = (int)answer.StatusCode;
        foreach (var (name, values) in answer.Headers.Concat(answer.Content.Headers))
        {
            if (!HopByHop.Contains(name))
                response.Headers[name] = values.ToArray();
        }

        response.ContentLength = bytes.Length;
        await response.Body.WriteAsync(bytes, context.RequestAborted);
    }

    private static RecordedError ErrorOf(long atMs, string method, string path, HttpResponseMessage answer, byte[] bytes)
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (answer.Headers.RetryAfter is not null)
            headers["Retry-After"] = answer.Headers.RetryAfter.ToString();
        if (answer.Content.Headers.ContentType is { } type)
            headers["Content-Type"] = type.ToString();
        return new RecordedError(atMs, method, path, (int)answer.StatusCode, headers, Encoding.UTF8.GetString(bytes));
    }

    private static JsonElement Parse(byte[] bytes)
    {
        if (bytes.Length == 0)
            return default;
        try
        {
            using var document = JsonDocument.Parse(bytes);
            return document.RootElement.Clone();
        }
        catch (JsonException)
        {
            return default;
        }
    }

    private static async Task<byte[]> ReadAllAsync(Stream body, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        await body.CopyToAsync(buffer, cancellationToken);
        return buffer.ToArray();
    }
}
