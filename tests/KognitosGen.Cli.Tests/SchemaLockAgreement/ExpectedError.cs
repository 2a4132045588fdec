namespace KognitosGen.Cli.Tests.SchemaLockAgreement;

/// <summary>What a broken lock's sidecar says its error must name: <c>line: N</c>, <c>member: path</c>, <c>problem: text</c>.</summary>
internal sealed record ExpectedError(int Line, string Member, string Problem)
{
    public static ExpectedError Parse(string[] lines)
    {
        string Value(string key) =>
            lines.SingleOrDefault(l => l.StartsWith(key + ": ", StringComparison.Ordinal))?[(key.Length + 2)..]
            ?? throw new InvalidDataException($"the sidecar has no '{key}: ' line");
        return new ExpectedError(int.Parse(Value("line"), System.Globalization.CultureInfo.InvariantCulture), Value("member"), Value("problem"));
    }
}
