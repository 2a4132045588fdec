using System;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace KognitosGen.Emulator;

/// <summary>Which requests belong to which part of the emulator, and how they are named in counters.</summary>
internal static class EmulatorPaths
{
    public const string ApiPrefix = "/v2";
    public const string UploadPrefix = "/_s3";
    public const string AdminPrefix = "/_emulator";
    public const string ApiCatchAll = "/v2/{**path}";

    public static bool IsApi(HttpContext context) =>
        context.Request.Path.StartsWithSegments(ApiPrefix, StringComparison.OrdinalIgnoreCase);

    public static bool IsAdmin(HttpContext context) =>
        context.Request.Path.StartsWithSegments(AdminPrefix, StringComparison.OrdinalIgnoreCase);

    public static bool IsHealth(HttpContext context) =>
        context.Request.Path.Equals(ApiPrefix + "/health", StringComparison.OrdinalIgnoreCase);

    public static bool IsUpload(HttpContext context) =>
        context.Request.Path.StartsWithSegments(UploadPrefix, StringComparison.OrdinalIgnoreCase);

    /// <summary>The matched route template (e.g. <c>/v2/runs/{run_id}</c>), or null for unrouted paths.</summary>
    public static string? RouteTemplate(HttpContext context)
    {
        var template = (context.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText;
        return template is null || template == ApiCatchAll ? null : template;
    }
}
