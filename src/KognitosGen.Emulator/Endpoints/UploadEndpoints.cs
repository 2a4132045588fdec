using System;
using System.Collections.Generic;
using System.IO;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace KognitosGen.Emulator;

/// <summary>
/// POST /_s3/upload/{file_id}: the emulator's stand-in for an S3 presigned POST. Like S3 it reads form fields
/// up to the <c>file</c> part and ignores anything after it, so a client that sends the file first fails here
/// as it would against S3. Success is 204 with no body.
/// </summary>
internal sealed class UploadEndpoints(EmulatorRuntime runtime)
{
    public const string RoutePattern = "/_s3/upload/{file_id}";
    private const int MaxFieldLength = 64 * 1024;

    public static string PathFor(string fileId) => "/_s3/upload/" + Uri.EscapeDataString(fileId);

    public void Map(IEndpointRouteBuilder routes) =>
        routes.MapPost(RoutePattern, new RequestDelegate(UploadAsync));

    private async Task UploadAsync(HttpContext context)
    {
        var fileId = context.Request.RouteValues["file_id"] as string ?? string.Empty;
        if (!runtime.Files.TryGetForUpload(fileId, out var file))
        {
            await S3Errors.WriteAsync(context, StatusCodes.Status404NotFound, "NoSuchUpload", $"No upload was issued for '{fileId}'.");
            return;
        }

        var limit = runtime.Scenario.UploadSizeLimitBytes;
        if (context.Request.ContentLength > limit + MaxFieldLength * 8L)
        {
            await TooLargeAsync(context, limit);
            return;
        }

        // The emulator enforces its own limit while reading; Kestrel's default cap would cut larger limits short.
        var sizeFeature = context.Features.Get<IHttpMaxRequestBodySizeFeature>();
        if (sizeFeature is { IsReadOnly: false })
            sizeFeature.MaxRequestBodySize = null;

        if (!MediaTypeHeaderValue.TryParse(context.Request.ContentType, out var mediaType)
            || !mediaType.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase)
            || HeaderUtilities.RemoveQuotes(mediaType.Boundary).Length == 0)
        {
            await S3Errors.WriteAsync(context, StatusCodes.Status400BadRequest, "PreconditionFailed",
                "Bucket POST must be of the enclosure-type multipart/form-data.");
            return;
        }

        var fields = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        byte[]? content = null;
        var reader = new MultipartReader(HeaderUtilities.RemoveQuotes(mediaType.Boundary).Value!, context.Request.Body)
        {
            BodyLengthLimit = null,
        };
        try
        {
            while (await reader.ReadNextSectionAsync(context.RequestAborted) is { } section)
            {
                var disposition = section.GetContentDispositionHeader();
                var name = HeaderUtilities.RemoveQuotes(disposition?.Name ?? default).Value ?? string.Empty;
                if (name == "file")
                {
                    if (!await CheckFieldsAsync(context, file, fields))
                        return;
                    content = await ReadCappedAsync(section.Body, limit, context);
                    if (content is null)
                    {
                        await TooLargeAsync(context, limit);
                        return;
                    }

                    break; // S3 ignores fields after the file.
                }

                var value = await ReadCappedAsync(section.Body, MaxFieldLength, context);
                if (value is null)
                {
                    await S3Errors.WriteAsync(context, StatusCodes.Status400BadRequest, "MaxPostPreDataLengthExceeded",
                        $"The form field '{name}' is too long.");
                    return;
                }

                fields[name] = System.Text.Encoding.UTF8.GetString(value);
            }
        }
        catch (IOException ex)
        {
            await S3Errors.WriteAsync(context, StatusCodes.Status400BadRequest, "MalformedPOSTRequest",
                "The body of the POST request is not well-formed multipart/form-data: " + ex.Message);
            return;
        }

        if (content is null)
        {
            if (await CheckFieldsAsync(context, file, fields))
            {
                await S3Errors.WriteAsync(context, StatusCodes.Status400BadRequest, "InvalidArgument",
                    "POST requires exactly one file upload per request (a form part named 'file').");
            }

            return;
        }

        file.StoreContent(content);
        context.Response.StatusCode = StatusCodes.Status204NoContent;
    }

    /// <summary>
    /// Checks the form as S3 checks a presigned POST: <c>key</c>, <c>policy</c> and <c>signature</c> present and as
    /// issued, the policy not expired on the emulator's clock, and <c>Content-Type</c> equal to the policy's condition.
    /// Writes S3's error and returns false when one is wrong.
    /// </summary>
    private async Task<bool> CheckFieldsAsync(HttpContext context, StoredFile file, Dictionary<string, string> fields)
    {
        foreach (var (field, expected) in new[] { ("key", file.Grant.Key), ("policy", file.Grant.Policy) })
        {
            if (!fields.TryGetValue(field, out var actual))
            {
                await S3Errors.WriteAsync(context, StatusCodes.Status400BadRequest, "InvalidArgument",
                    $"Bucket POST must contain a field named '{field}'.  If it is specified, please check the order of the fields.");
                return false;
            }

            if (!string.Equals(actual, expected, StringComparison.Ordinal))
            {
                await S3Errors.WriteAsync(context, StatusCodes.Status403Forbidden, "AccessDenied",
                    $"Invalid according to Policy: the '{field}' field does not match the one issued.");
                return false;
            }
        }

        if (!fields.TryGetValue("signature", out var signature))
        {
            await S3Errors.WriteAsync(context, StatusCodes.Status400BadRequest, "InvalidArgument",
                "Bucket POST must contain a field named 'signature'.  If it is specified, please check the order of the fields.");
            return false;
        }

        if (!string.Equals(signature, file.Grant.Signature, StringComparison.Ordinal))
        {
            await S3Errors.WriteAsync(context, StatusCodes.Status403Forbidden, "SignatureDoesNotMatch",
                "The request signature we calculated does not match the signature you provided. Check your key and signing method.");
            return false;
        }

        if (runtime.Time.GetUtcNow() >= file.Grant.Expires)
        {
            await S3Errors.WriteAsync(context, StatusCodes.Status403Forbidden, "AccessDenied", "Invalid according to Policy: Policy expired.");
            return false;
        }

        if (!fields.TryGetValue("Content-Type", out var contentType) || !string.Equals(contentType, file.Grant.ContentType, StringComparison.Ordinal))
        {
            await S3Errors.WriteAsync(context, StatusCodes.Status403Forbidden, "AccessDenied",
                $"Invalid according to Policy: Policy Condition failed: [\"eq\", \"$Content-Type\", \"{file.Grant.ContentType}\"]");
            return false;
        }

        return true;
    }

    private static async Task<byte[]?> ReadCappedAsync(Stream body, long cap, HttpContext context)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await body.ReadAsync(chunk, context.RequestAborted)) > 0)
        {
            if (buffer.Length + read > cap)
                return null;
            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private static Task TooLargeAsync(HttpContext context, long limit) =>
        S3Errors.WriteAsync(context, StatusCodes.Status413PayloadTooLarge, "EntityTooLarge",
            $"Your proposed upload exceeds the maximum allowed size of {limit} bytes.");
}
