using System;

namespace KognitosGen.Transport;

/// <summary>A successful response, its body read whole (within the size cap).</summary>
internal readonly struct ApiResponse
{
    public ApiResponse(int statusCode, ReadOnlyMemory<byte> body)
    {
        StatusCode = statusCode;
        Body = body;
    }

    public int StatusCode { get; }

    public ReadOnlyMemory<byte> Body { get; }
}
