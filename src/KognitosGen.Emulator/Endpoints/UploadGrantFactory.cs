using System;
using System.Buffers;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Security.Cryptography;
using System.Text.Json;

namespace KognitosGen.Emulator;

/// <summary>Issues S3-style presigned POST fields for one file. Values look real but sign nothing.</summary>
internal static class UploadGrantFactory
{
    private const string AccessKeyId = "AKIAKOGNITOSEMULATOR";

    private static readonly Dictionary<string, string> ContentTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        [".pdf"] = "application/pdf",
        [".txt"] = "text/plain",
        [".csv"] = "text/csv",
        [".json"] = "application/json",
        [".png"] = "image/png",
        [".jpg"] = "image/jpeg",
        [".jpeg"] = "image/jpeg",
        [".docx"] = "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        [".xlsx"] = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        [".html"] = "text/html",
        [".eml"] = "message/rfc822",
    };

    public static UploadGrant Create(string agentId, string fileId, string fileName, EmulatorRuntime runtime)
    {
        var key = $"uploads/{agentId}/{fileId}/{fileName}";
        var contentType = ContentTypes.GetValueOrDefault(Path.GetExtension(fileName), "application/octet-stream");
        var expires = runtime.Time.GetUtcNow().AddHours(1);
        var policy = Convert.ToBase64String(PolicyDocument(key, contentType, expires, runtime).Span);
        var signature = Convert.ToHexStringLower(HMACSHA256.HashData(RandomNumberGenerator.GetBytes(32),
            System.Text.Encoding.ASCII.GetBytes(policy)));
        var securityToken = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));
        return new UploadGrant(key, AccessKeyId, securityToken, policy, signature, contentType, expires);
    }

    private static ReadOnlyMemory<byte> PolicyDocument(string key, string contentType, DateTimeOffset expires, EmulatorRuntime runtime)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("expiration", expires.UtcDateTime
                .ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
            writer.WriteStartArray("conditions");
            writer.WriteStartObject();
            writer.WriteString("bucket", "kognitos-emulator");
            writer.WriteEndObject();
            writer.WriteStartObject();
            writer.WriteString("key", key);
            writer.WriteEndObject();
            writer.WriteStartObject();
            writer.WriteString("Content-Type", contentType);
            writer.WriteEndObject();
            writer.WriteStartArray();
            writer.WriteStringValue("content-length-range");
            writer.WriteNumberValue(0);
            writer.WriteNumberValue(runtime.Scenario.UploadSizeLimitBytes);
            writer.WriteEndArray();
            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return buffer.WrittenMemory;
    }
}
