using System.Globalization;

namespace KognitosGen.Benchmarks.Reporting;

/// <summary>How times and sizes are printed.</summary>
public static class Units
{
    public static string Time(double nanoseconds) => nanoseconds switch
    {
        >= 1e9 => (nanoseconds / 1e9).ToString("0.000 s", CultureInfo.InvariantCulture),
        >= 1e6 => (nanoseconds / 1e6).ToString("0.00 ms", CultureInfo.InvariantCulture),
        >= 1e3 => (nanoseconds / 1e3).ToString("0.00 us", CultureInfo.InvariantCulture),
        _ => nanoseconds.ToString("0.0 ns", CultureInfo.InvariantCulture),
    };

    public static string Bytes(double bytes) => bytes switch
    {
        >= 1 << 20 => (bytes / (1 << 20)).ToString("0.0 MiB", CultureInfo.InvariantCulture),
        >= 1 << 10 => (bytes / (1 << 10)).ToString("0.00 KiB", CultureInfo.InvariantCulture),
        _ => bytes.ToString("0 B", CultureInfo.InvariantCulture),
    };

    /// <summary>A factor such as a growth, printed as <c>10.42x</c>.</summary>
    public static string Factor(double factor) => factor.ToString("0.00x", CultureInfo.InvariantCulture);

    public static string Ratio(double? ratio) => ratio is { } r ? r.ToString("0.000", CultureInfo.InvariantCulture) : "-";
}
