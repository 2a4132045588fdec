namespace KognitosGen.SourceGenerators.SchemaLockFormat;

/// <summary>
/// A member whose name starts with <c>x-</c>, which version 1 leaves to tools: its name and its value's JSON exactly
/// as written, so a tool that rewrites the lock can keep it.
/// </summary>
internal sealed class LockExtension
{
    public LockExtension(string name, string json)
    {
        Name = name;
        Json = json;
    }

    public string Name { get; }

    public string Json { get; }
}
