namespace KognitosGen.ReliabilityTests.Fuzzing.Mutations;

/// <summary>Inserts one to three tokens from <see cref="InsertionTokens"/> before or after random tokens.</summary>
public sealed class TokenInsertion : ISourceMutation
{
    public string Name => "token insertion";

    public string Apply(string source, Random random)
    {
        var tokens = SourceSyntax.Tokens(source);
        var positions = Enumerable.Range(0, 1 + random.Next(3)).Select(_ => Position(tokens, random)).OrderByDescending(p => p).ToList();
        foreach (var position in positions)
        {
            var inserted = InsertionTokens.All.Pick(random);
            var spaced = random.Next(4) == 0 ? inserted : " " + inserted + " ";
            source = SourceSyntax.Replace(source, position, 0, spaced);
        }

        return source;
    }

    private static int Position(List<Microsoft.CodeAnalysis.SyntaxToken> tokens, Random random)
    {
        if (tokens.Count == 0)
            return 0;
        var token = tokens.Pick(random);
        return random.Next(2) == 0 ? token.SpanStart : token.Span.End;
    }
}
