using KognitosGen.Testing;
using System.Text;

namespace KognitosGen.SourceGenerators.Tests.Infrastructure;

/// <summary>
/// Compares generated source with a checked-in <c>Snapshots/{name}.verified.cs</c>. On a mismatch it writes
/// <c>{name}.received.cs</c> beside it and fails with a line diff; with KOGNITOSGEN_ACCEPT_SNAPSHOTS=1 it
/// accepts the received text as the new verified file instead.
/// </summary>
public static class Snapshot
{
    public const string AcceptVariable = "KOGNITOSGEN_ACCEPT_SNAPSHOTS";

    /// <summary>The checked-in snapshots. Found from the test's own folder, not from source paths, which CI builds map away.</summary>
    public static string Directory { get; } = Path.Combine(TestRepository.Root, "tests", "KognitosGen.SourceGenerators.Tests", "Snapshots");

    public static void Verify(string actual, string name) =>
        Verify(actual, name, Environment.GetEnvironmentVariable(AcceptVariable) == "1");

    public static void Verify(string actual, string name, bool accept)
    {
        var directory = Directory;
        var verifiedPath = Path.Combine(directory, name + ".verified.cs");
        var receivedPath = Path.Combine(directory, name + ".received.cs");
        var received = Scrub(actual);

        if (accept)
        {
            System.IO.Directory.CreateDirectory(directory);
            File.WriteAllText(verifiedPath, received);
            File.Delete(receivedPath);
            return;
        }

        var verified = File.Exists(verifiedPath) ? File.ReadAllText(verifiedPath).Replace("\r\n", "\n") : null;
        if (verified == received)
        {
            File.Delete(receivedPath);
            return;
        }

        System.IO.Directory.CreateDirectory(directory);
        File.WriteAllText(receivedPath, received);
        var message = verified is null
            ? $"No snapshot {verifiedPath} yet. Review {receivedPath}, then rename it or run with {AcceptVariable}=1."
            : $"Generated source differs from {verifiedPath} (received: {receivedPath}; accept with {AcceptVariable}=1):\n{Diff(verified, received)}";
        Assert.Fail(message);
    }

    /// <summary>Replaces what changes from build to build (the generator's version) with a stable marker.</summary>
    public static string Scrub(string source) =>
        source.Replace("\r\n", "\n").Replace($"\"KognitosGen\", \"{Emitting.GeneratedCode.Version}\"", "\"KognitosGen\", \"{version}\"");

    /// <summary>A compact line diff: each differing line with its number, old as '-', new as '+'.</summary>
    public static string Diff(string expected, string actual)
    {
        var left = expected.Split('\n');
        var right = actual.Split('\n');
        var builder = new StringBuilder();
        var shown = 0;
        for (var i = 0; i < Math.Max(left.Length, right.Length) && shown < 40; i++)
        {
            var before = i < left.Length ? left[i] : null;
            var after = i < right.Length ? right[i] : null;
            if (before == after)
                continue;
            shown++;
            if (before is not null)
                builder.Append($"{i + 1,5} - {before}\n");
            if (after is not null)
                builder.Append($"{i + 1,5} + {after}\n");
        }

        return builder.ToString();
    }
}
