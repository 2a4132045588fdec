namespace KognitosGen.ReliabilityTests.Infrastructure;

/// <summary>The system clock moved by <see cref="Shift"/>: lets an emulator create runs in the past, as a process with history has.</summary>
public sealed class ShiftedClock : TimeProvider
{
    private long _shiftTicks;

    public TimeSpan Shift
    {
        get => TimeSpan.FromTicks(Interlocked.Read(ref _shiftTicks));
        set => Interlocked.Exchange(ref _shiftTicks, value.Ticks);
    }

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + Shift;
}
