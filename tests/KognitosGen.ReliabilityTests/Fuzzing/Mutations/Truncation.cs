namespace KognitosGen.ReliabilityTests.Fuzzing.Mutations;

/// <summary>
/// Half-typed code as an IDE sees it: the source cut at a random character (inside a literal, a name, a
/// comment...), or one line cut short with the rest of the file still there.
/// </summary>
public sealed class Truncation : ISourceMutation
{
    public string Name => "truncation";

    public string Apply(string source, Random random)
    {
        if (source.Length == 0)
            return source;
        var cut = random.Next(source.Length);
        if (random.Next(2) == 0)
            return source[..cut];
        var endOfLine = source.IndexOf('\n', cut);
        return endOfLine < 0 ? source[..cut] : SourceSyntax.Replace(source, cut, endOfLine - cut, "");
    }
}
