using KognitosGen.Wire;

namespace KognitosGen.Tests.Infrastructure;

/// <summary>What the loopback server received, kept for assertions.</summary>
public sealed record RecordedRequest(
    string Method,
    string Path,
    string Query,
    IReadOnlyDictionary<string, string> Headers,
    string? ContentType,
    long? ContentLength,
    byte[] Body)
{
    public string BodyText => System.Text.Encoding.UTF8.GetString(Body);

    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;
}
