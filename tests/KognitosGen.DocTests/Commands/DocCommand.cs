namespace KognitosGen.DocTests.Commands;

/// <summary>One command of a bash block (continuation lines and multi-line quotes joined), with its trailing comment.</summary>
/// <param name="Page">The page, as <c>README.md</c>.</param>
/// <param name="Line">The 1-based page line the command starts on.</param>
/// <param name="Text">The command as a shell reads it, without the comment.</param>
/// <param name="Comment">What follows <c>#</c> on its last line (often the output it prints), or empty.</param>
public sealed record DocCommand(string Page, int Line, string Text, string Comment)
{
    public override string ToString() => $"{Page}:{Line}: {Text}";
}
