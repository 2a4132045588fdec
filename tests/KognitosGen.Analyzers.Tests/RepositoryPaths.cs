namespace KognitosGen.Analyzers.Tests;

/// <summary>Where the repository's files are, found from the test's own folder.</summary>
internal static class RepositoryPaths
{
    public static readonly string Root = FindRoot();

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
