namespace KognitosGen.DocTests.Markdown;

/// <summary>A block the harness could not compile, place or run: the message starts with its page and line.</summary>
public sealed class DocBlockException(DocBlock block, string message, Exception? inner = null)
    : Exception($"{block.Id}: {message}", inner);
