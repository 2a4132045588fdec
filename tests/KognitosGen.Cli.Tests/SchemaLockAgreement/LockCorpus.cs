using KognitosGen.Testing;

namespace KognitosGen.Cli.Tests.SchemaLockAgreement;

/// <summary>
/// The shared corpus of schema locks under tests/SchemaLockCorpus: <c>valid/*.json</c> every reader must accept, and
/// <c>broken/*.json</c> each with a <c>.expected</c> sidecar naming the line, member and problem its error must name.
/// </summary>
internal static class LockCorpus
{
    public static string Folder { get; } = Path.Combine(TestRepository.Root, "tests", "SchemaLockCorpus");

    public static string[] Names(string kind) =>
        Directory.GetFiles(Path.Combine(Folder, kind), "*.json").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal).ToArray()!;

    public static TheoryData<string> Valid() => new(Names("valid"));

    public static TheoryData<string> Broken() => new(Names("broken"));

    public static string PathOf(string kind, string name) => Path.Combine(Folder, kind, name + ".json");

    public static ExpectedError ExpectedFor(string name) => ExpectedError.Parse(File.ReadAllLines(Path.Combine(Folder, "broken", name + ".expected")));
}
