using KognitosGen.SourceGenerators.Helpers;

namespace KognitosGen.SourceGenerators.Emitting;

/// <summary>The break marks of <see cref="LineLayout"/> as text to interpolate into a wrapped line.</summary>
internal static class Breaks
{
    /// <summary>Opens a group; flat: nothing; broken: its items on lines of their own.</summary>
    public static readonly string Open = LineLayout.Open.ToString();

    /// <summary>Opens a group; flat: a space; broken: its items on lines of their own.</summary>
    public static readonly string OpenSpaced = LineLayout.OpenSpaced.ToString();

    /// <summary>Opens a group; flat: a space; broken: its items packed, as many a line as fit.</summary>
    public static readonly string OpenFilled = LineLayout.OpenFilled.ToString();

    /// <summary>Ends a group.</summary>
    public static readonly string Close = LineLayout.Close.ToString();

    /// <summary>Divides items: <c>", "</c>, or a comma at the end of the line.</summary>
    public static readonly string Comma = LineLayout.Comma.ToString();

    /// <summary>Divides items: a space, or a line end.</summary>
    public static readonly string Space = LineLayout.Space.ToString();
}
