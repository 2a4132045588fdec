using System.Collections.Generic;

namespace KognitosGen.Emulator;

/// <summary>The documented ListResponse: both members required, the token null on the last page.</summary>
internal sealed record ListResponse<T>(IReadOnlyList<T> Items, string? ContinuationToken);
