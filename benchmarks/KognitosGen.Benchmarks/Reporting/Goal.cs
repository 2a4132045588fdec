namespace KognitosGen.Benchmarks.Reporting;

/// <summary>
/// One goal: a measured value against an anchor, as a ratio with a limit; or a yes/no check. Missing
/// measurements make the goal unmet, never met.
/// </summary>
public sealed record Goal(string Name, string Value, string Anchor, double? Ratio, string Limit, bool Met)
{
    /// <summary>Met when value / anchor ≤ <paramref name="most"/>.</summary>
    public static Goal AtMost(string name, double? value, double? anchor, double most, Func<double, string> format) =>
        Bounded(name, value, anchor, format, $"<= {most:0.##}", ratio => ratio <= most);

    /// <summary>Met when anchor / value ≥ <paramref name="least"/> ("n× faster").</summary>
    public static Goal FasterBy(string name, double? value, double? anchor, double least, Func<double, string> format)
    {
        double? speedUp = value is > 0 && anchor is not null ? anchor / value : null;
        return new Goal(name, Show(value, format), Show(anchor, format), speedUp, $"faster by >= {least:0.##}x", speedUp >= least);
    }

    /// <summary>Met when value / anchor ≥ <paramref name="least"/>.</summary>
    public static Goal AtLeast(string name, double? value, double? anchor, double least, Func<double, string> format) =>
        Bounded(name, value, anchor, format, $">= {least:0.##}", ratio => ratio >= least);

    /// <summary>Met when the value itself is at most <paramref name="most"/>; the ratio to the anchor is shown beside it.</summary>
    public static Goal ValueAtMost(string name, double? value, double? anchor, double most, Func<double, string> format) =>
        Bounded(name, value, anchor, format, "<= " + format(most), _ => value <= most);

    public static Goal Check(string name, string value, bool met) => new(name, value, "", null, "yes", met);

    private static Goal Bounded(string name, double? value, double? anchor, Func<double, string> format, string limit, Func<double, bool> meets)
    {
        double? ratio = value is not null && anchor is > 0 ? value / anchor : null;
        return new Goal(name, Show(value, format), Show(anchor, format), ratio, limit, ratio is { } r && meets(r));
    }

    private static string Show(double? value, Func<double, string> format) => value is { } v ? format(v) : "missing";
}
