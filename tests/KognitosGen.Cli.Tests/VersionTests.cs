using System.CommandLine;
using System.Text;

namespace KognitosGen.Cli.Tests;

/// <summary><c>kognitos --version</c> is answered before the command tree is built; it must print what the tree's own version option prints.</summary>
public sealed class VersionTests
{
    [Fact]
    public async Task Version_alone_prints_what_the_command_trees_version_option_prints()
    {
        var result = await Cli.RunAsync(new Dictionary<string, string>(), "--version");

        var treeOutput = new StringWriter(new StringBuilder()) { NewLine = "\n" };
        var environment = new CliEnvironment(_ => null, treeOutput, TextWriter.Null, isInteractive: false);
        var treeExit = await KognitosCli.BuildRoot(environment).Parse(["--version"])
            .InvokeAsync(new InvocationConfiguration { Output = treeOutput, Error = TextWriter.Null });

        Assert.Equal(0, treeExit);
        Assert.Equal(0, result.ExitCode);
        Assert.Equal("", result.Error);
        Assert.NotEqual("\n", result.Output);
        Assert.Equal(treeOutput.ToString(), result.Output);
    }
}
