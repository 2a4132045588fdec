using System.Collections.Generic;

namespace KognitosGen.Emulator;

/// <summary>The documented error body: <c>{"status_code", "message", "details"}</c>.</summary>
internal sealed record ErrorModel(int StatusCode, string Message, IReadOnlyList<ErrorDetail>? Details);
