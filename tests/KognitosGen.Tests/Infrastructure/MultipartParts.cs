using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace KognitosGen.Tests.Infrastructure;

/// <summary>One part of a recorded multipart/form-data body, in the order it was sent.</summary>
public sealed record MultipartPart(string Name, string? FileName, string? ContentType, byte[] Content)
{
    public string Text => System.Text.Encoding.UTF8.GetString(Content);

    public static async Task<IReadOnlyList<MultipartPart>> ParseAsync(RecordedRequest request)
    {
        var boundary = HeaderUtilities.RemoveQuotes(MediaTypeHeaderValue.Parse(request.ContentType).Boundary).Value!;
        var reader = new MultipartReader(boundary, new MemoryStream(request.Body));
        var parts = new List<MultipartPart>();
        while (await reader.ReadNextSectionAsync() is { } section)
        {
            var disposition = ContentDispositionHeaderValue.Parse(section.ContentDisposition);
            using var content = new MemoryStream();
            await section.Body.CopyToAsync(content);
            parts.Add(new MultipartPart(
                HeaderUtilities.RemoveQuotes(disposition.Name).Value!,
                disposition.FileName.HasValue ? HeaderUtilities.RemoveQuotes(disposition.FileName).Value : null,
                section.ContentType,
                content.ToArray()));
        }

        return parts;
    }
}
