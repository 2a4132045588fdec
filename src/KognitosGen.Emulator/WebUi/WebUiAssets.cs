using System;
using System.IO;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace KognitosGen.Emulator;

/// <summary>The stylesheet and the script, embedded in the assembly (no CDN, no build chain) and served to anyone.</summary>
internal static class WebUiAssets
{
    public const string StylePath = "/ui/assets/emulator.css";
    public const string ScriptPath = "/ui/assets/emulator.js";

    private static readonly Lazy<byte[]> Style = new(() => Read("emulator.css"));
    private static readonly Lazy<byte[]> Script = new(() => Read("emulator.js"));

    public static void Map(IEndpointRouteBuilder routes)
    {
        routes.MapGet(StylePath, context => WriteAsync(context, Style.Value, "text/css; charset=utf-8"));
        routes.MapGet(ScriptPath, context => WriteAsync(context, Script.Value, "text/javascript; charset=utf-8"));
    }

    private static Task WriteAsync(HttpContext context, byte[] content, string contentType)
    {
        WebUiResponses.Protect(context.Response);
        context.Response.ContentType = contentType;
        context.Response.Headers.CacheControl = "no-cache";
        return context.Response.Body.WriteAsync(content, context.RequestAborted).AsTask();
    }

    private static byte[] Read(string name)
    {
        using var stream = typeof(WebUiAssets).Assembly.GetManifestResourceStream("KognitosGen.Emulator.WebUi." + name)
            ?? throw new InvalidOperationException($"The web UI's {name} is not embedded in the emulator.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
