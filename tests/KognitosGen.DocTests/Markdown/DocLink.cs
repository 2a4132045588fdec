namespace KognitosGen.DocTests.Markdown;

/// <summary>One markdown link of a page: <c>[text](Target)</c>, outside code.</summary>
/// <param name="Page">The page, relative to the repository root with '/' separators.</param>
/// <param name="Line">The 1-based page line of the link.</param>
/// <param name="Target">What the link points at, as written.</param>
public sealed record DocLink(string Page, int Line, string Target)
{
    public bool IsAbsolute => Target.Contains("://", StringComparison.Ordinal) || Target.StartsWith("mailto:", StringComparison.Ordinal);

    public override string ToString() => $"{Page}:{Line}: ({Target})";
}
