namespace KognitosGen.Emulator;

/// <summary>How a run's <c>created_at</c> is written.</summary>
public enum CreatedAtForm
{
    /// <summary>UTC without an offset, <c>2021-01-01T12:00:00</c> (the default; the documented example).</summary>
    UtcWithoutOffset,

    /// <summary>The time in the zone of <see cref="EmulatorVariants.CreatedAtZoneOffsetMinutes"/>, with that offset: <c>2021-01-01T07:00:00-05:00</c>.</summary>
    WithOffset,

    /// <summary>The time in that zone without an offset: <c>2021-01-01T07:00:00</c>, which a reader takes for UTC at its peril.</summary>
    LocalWithoutOffset,

    /// <summary>No <c>created_at</c> member at all.</summary>
    Absent,
}
