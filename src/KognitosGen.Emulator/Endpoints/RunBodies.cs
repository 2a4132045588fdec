using System.Buffers;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;

namespace KognitosGen.Emulator;

/// <summary>
/// Writes run bodies. The wire context writes every member (<c>"outputs": null</c> included); when the variants
/// leave <c>created_at</c> out, or list items without <c>outputs</c>, those members are taken off the JSON.
/// </summary>
internal static class RunBodies
{
    public static Task WriteRunAsync(HttpContext context, int statusCode, RunResource run, EmulatorVariants variants) =>
        WriteUtf8Async(context, statusCode, RunUtf8(run, variants));

    /// <summary>A run's body as <see cref="WriteRunAsync"/> writes it.</summary>
    public static byte[] RunUtf8(RunResource run, EmulatorVariants variants)
    {
        if (variants.CreatedAt != CreatedAtForm.Absent)
            return JsonSerializer.SerializeToUtf8Bytes(run, WireJsonContext.Readable.RunResource);
        var node = JsonSerializer.SerializeToNode(run, WireJsonContext.Readable.RunResource)!.AsObject();
        node.Remove("created_at");
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = WireJsonContext.Readable.Options.Encoder }))
            node.WriteTo(writer);
        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>Writes a JSON body whole, with its length (a bare endpoint's answer).</summary>
    public static Task WriteUtf8Async(HttpContext context, int statusCode, byte[] utf8)
    {
        context.Response.StatusCode = statusCode;
        context.Response.ContentType = "application/json";
        context.Response.ContentLength = utf8.Length;
        return context.Response.Body.WriteAsync(utf8, context.RequestAborted).AsTask();
    }

    public static Task WriteListAsync(HttpContext context, ListResponse<RunResource> list, EmulatorVariants variants)
    {
        var omitCreatedAt = variants.CreatedAt == CreatedAtForm.Absent;
        var omitOutputs = variants.ListOutputs == ListOutputsForm.Omitted;
        if (!omitCreatedAt && !omitOutputs)
            return ApiResponses.WriteJsonAsync(context, StatusCodes.Status200OK, list, WireJsonContext.Readable.ListResponseRunResource);

        var node = JsonSerializer.SerializeToNode(list, WireJsonContext.Readable.ListResponseRunResource)!.AsObject();
        foreach (var item in node["items"]!.AsArray())
        {
            if (omitCreatedAt)
                item!.AsObject().Remove("created_at");
            if (omitOutputs)
                item!.AsObject().Remove("outputs");
        }

        return WriteNodeAsync(context, StatusCodes.Status200OK, node);
    }

    private static async Task WriteNodeAsync(HttpContext context, int statusCode, JsonObject node)
    {
        context.Response.StatusCode = statusCode;
        context.Response.ContentType = "application/json";
        await using var writer = new Utf8JsonWriter(context.Response.Body, new JsonWriterOptions { Encoder = WireJsonContext.Readable.Options.Encoder });
        node.WriteTo(writer);
    }
}
