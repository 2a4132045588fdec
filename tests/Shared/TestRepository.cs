using System;
using System.IO;

namespace KognitosGen.Testing;

/// <summary>
/// The repository's root folder, found from the test's own output folder (source paths cannot be used: CI builds
/// map them away). Linked into every test project.
/// </summary>
internal static class TestRepository
{
    public static string Root { get; } = FindRoot();

    private static string FindRoot()
    {
        for (var directory = AppContext.BaseDirectory; directory is not null; directory = Path.GetDirectoryName(directory))
        {
            if (File.Exists(Path.Combine(directory, "KognitosGen.sln")))
                return directory;
        }

        throw new InvalidOperationException("KognitosGen.sln not found above the test folder.");
    }
}
