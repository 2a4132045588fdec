using System;

namespace KognitosGen.Emulator;

/// <summary>
/// A finished run's answer to <c>GET /v2/runs/{id}</c> as UTF-8, made once. A run in a terminal status never changes
/// again, so its body depends only on that status (a cancel can still beat the schedule's end by a hair) and on the
/// variants that spell it: the status words and how <c>created_at</c> is written. Under others it does not fit.
/// </summary>
internal sealed class FinishedRunBody(byte[] utf8, string status, EmulatorVariants variants)
{
    private readonly string _status = status;
    private readonly StatusWordStyle _statusWords = variants.StatusWords;
    private readonly CreatedAtForm _createdAt = variants.CreatedAt;
    private readonly int _zoneOffsetMinutes = variants.CreatedAtZoneOffsetMinutes;

    public byte[] Utf8 { get; } = utf8;

    /// <summary>Whether this is the body of a run in <paramref name="status"/> under <paramref name="variants"/>.</summary>
    public bool Fits(string status, EmulatorVariants variants) =>
        string.Equals(status, _status, StringComparison.Ordinal)
        && variants.StatusWords == _statusWords
        && variants.CreatedAt == _createdAt
        && variants.CreatedAtZoneOffsetMinutes == _zoneOffsetMinutes;
}
