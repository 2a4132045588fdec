using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;

namespace KognitosGen.Uploads;

/// <summary>
/// Builds the presigned upload: every <c>upload_fields</c> entry verbatim as a form field, then the <c>file</c>
/// part last (storage services ignore fields that follow the file), plus any <c>upload_http_headers</c>.
/// The API key is not sent: the upload goes to storage, not to the API.
/// </summary>
internal static class UploadRequestFactory
{
    /// <param name="upload">The target from <c>POST /v2/files</c>.</param>
    /// <param name="url">Its checked upload URL.</param>
    /// <param name="file">The file to send.</param>
    /// <param name="sent">Where to count the file's bytes as they are streamed, or null.</param>
    public static HttpRequestMessage Create(KognitosFileUpload upload, Uri url, KognitosFile file, UploadByteCounter? sent = null)
    {
        var method = new HttpMethod(string.IsNullOrWhiteSpace(upload.UploadHttpMethod) ? "POST" : upload.UploadHttpMethod.ToUpperInvariant());
        var request = new HttpRequestMessage(method, url);
        try
        {
            // A presigned PUT takes the raw bytes; the documented presigned POST takes a multipart form.
            request.Content = method == HttpMethod.Put ? FileContent(file, sent) : Form(upload.UploadFields, upload.FileName, file, sent);
            foreach (var header in upload.UploadHttpHeaders ?? EmptyHeaders)
            {
                if (!request.Headers.TryAddWithoutValidation(header.Key, header.Value))
                    request.Content.Headers.TryAddWithoutValidation(header.Key, header.Value);
            }

            return request;
        }
        catch
        {
            request.Dispose();
            throw;
        }
    }

    private static readonly IReadOnlyDictionary<string, string> EmptyHeaders = new Dictionary<string, string>();

    private static MultipartFormDataContent Form(IReadOnlyDictionary<string, string>? fields, string storedName, KognitosFile file, UploadByteCounter? sent)
    {
        var form = new MultipartFormDataContent("kognitos-" + Guid.NewGuid().ToString("N"));
        foreach (var field in fields ?? EmptyHeaders)
        {
            var part = new ByteArrayContent(Encoding.UTF8.GetBytes(field.Value ?? ""));
            part.Headers.ContentDisposition = new ContentDispositionHeaderValue("form-data") { Name = Quote(field.Key) };
            form.Add(part);
        }

        var filePart = FileContent(file, sent);
        filePart.Headers.ContentDisposition = new ContentDispositionHeaderValue("form-data")
        {
            Name = "\"file\"",
            FileName = Quote(string.IsNullOrEmpty(storedName) ? file.FileName : storedName),
        };
        form.Add(filePart);
        return form;
    }

    private static UploadFileContent FileContent(KognitosFile file, UploadByteCounter? sent)
    {
        var content = new UploadFileContent(file, sent);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(file.ContentType ?? "application/octet-stream");
        return content;
    }

    private static string Quote(string value) => "\"" + value.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";
}
