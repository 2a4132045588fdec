namespace KognitosGen.SourceGenerators.Tests.Infrastructure;

/// <summary>The longest line generated code may have, and the check every generator run in the tests makes.</summary>
public static class GeneratedLineLength
{
    public const int Max = 120;

    /// <summary>Fails naming each line of <paramref name="source"/> longer than <see cref="Max"/>.</summary>
    public static void AssertWithinLimit(string source, string name)
    {
        var lines = source.Replace("\r\n", "\n").Split('\n');
        var tooLong = lines
            .Select((line, index) => (Line: line, Number: index + 1))
            .Where(line => line.Line.Length > Max)
            .Select(line => $"{name}({line.Number}): {line.Line.Length} characters: {line.Line.Trim()}")
            .ToList();
        Assert.True(tooLong.Count == 0, $"Generated lines longer than {Max} characters:\n{string.Join("\n", tooLong)}");
    }
}
