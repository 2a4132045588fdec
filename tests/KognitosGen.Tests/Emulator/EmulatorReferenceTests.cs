namespace KognitosGen.Tests.Emulator;

/// <summary>What referencing the emulator as a library puts in an app's output.</summary>
public sealed class EmulatorReferenceTests
{
    [Fact]
    public void No_emulator_app_host_is_copied_into_a_referencing_projects_output()
    {
        // This project references the emulator as the samples do. An app host here would look for
        // KognitosGen.Emulator.dll beside it, which a Native AOT publish does not have.
        Assert.True(File.Exists(Path.Combine(AppContext.BaseDirectory, "KognitosGen.Emulator.dll")));
        Assert.False(File.Exists(Path.Combine(AppContext.BaseDirectory, "KognitosGen.Emulator")));
        Assert.False(File.Exists(Path.Combine(AppContext.BaseDirectory, "KognitosGen.Emulator.exe")));
    }
}
