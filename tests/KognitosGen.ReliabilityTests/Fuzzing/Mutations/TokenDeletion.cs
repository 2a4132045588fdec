namespace KognitosGen.ReliabilityTests.Fuzzing.Mutations;

/// <summary>Deletes one to three tokens (a bracket, a keyword, an argument, a semicolon...).</summary>
public sealed class TokenDeletion : ISourceMutation
{
    public string Name => "token deletion";

    public string Apply(string source, Random random)
    {
        var tokens = SourceSyntax.Tokens(source);
        if (tokens.Count == 0)
            return source;
        var doomed = Enumerable.Range(0, 1 + random.Next(3)).Select(_ => tokens.Pick(random)).Distinct().OrderByDescending(t => t.SpanStart);
        foreach (var token in doomed)
            source = SourceSyntax.Replace(source, token.SpanStart, token.Span.Length, "");
        return source;
    }
}
