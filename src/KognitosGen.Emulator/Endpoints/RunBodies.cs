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
    private static readonly JsonWriterOptions NodeWriting = new() { Encoder = WireJsonContext.Readable.Options.Encoder };

    public static Task WriteRunAsync(HttpContext context, int statusCode, RunResource run, EmulatorVariants variants)
    {
        if (variants.CreatedAt != CreatedAtForm.Absent)
            return ApiResponses.WriteJsonAsync(context, statusCode, run, WireJsonContext.Readable.RunResource);
        return WriteNodeAsync(context, statusCode, WithoutCreatedAt(run));
    }

    /// <summary>
    /// A run's body as <see cref="WriteRunAsync"/> writes it, as an array: for a body written many times (a run that
    /// changes is streamed instead, which allocates less than making its array each time).
    /// </summary>
    public static byte[] RunUtf8(RunResource run, EmulatorVariants variants)
    {
        if (variants.CreatedAt != CreatedAtForm.Absent)
            return JsonSerializer.SerializeToUtf8Bytes(run, WireJsonContext.Readable.RunResource);
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, NodeWriting))
            WithoutCreatedAt(run).WriteTo(writer);
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
        await using var writer = new Utf8JsonWriter(context.Response.Body, NodeWriting);
        node.WriteTo(writer);
    }

    private static JsonObject WithoutCreatedAt(RunResource run)
    {
        var node = JsonSerializer.SerializeToNode(run, WireJsonContext.Readable.RunResource)!.AsObject();
        node.Remove("created_at");
        return node;
    }
}
