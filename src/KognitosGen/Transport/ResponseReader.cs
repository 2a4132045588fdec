using System;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using KognitosGen.Wire;

namespace KognitosGen.Transport;

/// <summary>Turns a success body into a model, or a <see cref="KognitosApiException"/> that keeps the raw body.</summary>
internal static class ResponseReader
{
    public static T Read<T>(ApiCall call, ApiResponse response, JsonTypeInfo<T> type, string resourceName)
        where T : class =>
        Read(call, response, static (body, type) => JsonSerializer.Deserialize(body.Span, type), type, resourceName);

    /// <summary>As <see cref="Read{T}(ApiCall, ApiResponse, JsonTypeInfo{T}, string)"/>, with a reader of its own (Wire's run readers).</summary>
    public static T Read<T>(ApiCall call, ApiResponse response, Func<ReadOnlyMemory<byte>, T?> read, string resourceName)
        where T : class =>
        Read(call, response, static (body, read) => read(body), read, resourceName);

    private static T Read<T, TState>(ApiCall call, ApiResponse response, Func<ReadOnlyMemory<byte>, TState, T?> read, TState state, string resourceName)
        where T : class
    {
        string? problem;
        T? value = null;
        JsonException? inner = null;
        if (response.Body.IsEmpty)
        {
            problem = "the body is empty";
        }
        else
        {
            try
            {
                value = read(response.Body, state);
                problem = value is null ? "the body is JSON null" : MissingMember(value);
            }
            catch (JsonException exception)
            {
                inner = exception;
                problem = exception.Message;
            }
        }

        if (problem is not null)
        {
            throw new KognitosApiException(
                $"Kognitos API {call.Method} {call.Path} returned HTTP {response.StatusCode} with a body that is not a valid {resourceName}: {problem}",
                KognitosFailureKind.InvalidResponse, call.Method.Method, call.Path, response.StatusCode,
                BodyText.Decode(response.Body), innerException: inner);
        }

        return value!;
    }

    /// <summary>The one member without which a resource is useless: its ID (or the upload URL).</summary>
    private static string? MissingMember(object value) => value switch
    {
        KognitosRun { Id.Length: 0 } => "the run has no \"id\"",
        KognitosProcessInfo { Id.Length: 0 } => "the process has no \"id\"",
        KognitosFileUpload { Id.Length: 0 } => "the file resource has no \"id\"",
        KognitosFileUpload { UploadUrl.Length: 0 } => "the file resource has no \"upload_url\"",
        _ => null,
    };
}
