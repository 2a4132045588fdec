using System;

namespace KognitosGen;

internal static class OptionChecks
{
    public static void NotNegative(TimeSpan value, string name)
    {
        if (value < TimeSpan.Zero)
            throw new ArgumentOutOfRangeException(name, value, $"{name} must not be negative.");
    }

    public static void Within(TimeSpan value, TimeSpan max, string name)
    {
        if (value < TimeSpan.Zero || value > max)
            throw new ArgumentOutOfRangeException(name, value, $"{name} must be from zero to {max}.");
    }

    public static void Positive(TimeSpan value, string name)
    {
        if (value <= TimeSpan.Zero && value != System.Threading.Timeout.InfiniteTimeSpan)
            throw new ArgumentOutOfRangeException(name, value, $"{name} must be positive (or Timeout.InfiniteTimeSpan).");
    }
}
