namespace KognitosGen.Cli.Tests;

/// <summary>Command lines a person gets slightly wrong: each is refused with one line naming the mistake, before any call.</summary>
public sealed class CommandLineEdgeTests
{
    [Theory]
    [InlineData("proceses", "'proceses' is not a kognitos command; did you mean 'processes'? (see 'kognitos --help')")]
    [InlineData("rnus", "'rnus' is not a kognitos command; did you mean 'runs'? (see 'kognitos --help')")]
    [InlineData("scafold", "'scafold' is not a kognitos command; did you mean 'scaffold'? (see 'kognitos --help')")]
    [InlineData("deploy", "'deploy' is not a kognitos command (see 'kognitos --help')")]
    public async Task A_mistyped_command_names_the_closest_command_and_exits_2(string typed, string expected)
    {
        var result = await Cli.RunAsync(new Dictionary<string, string>(), typed);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("kognitos: error: " + expected + "\n", result.Error);
        Assert.Equal("", result.Output);
    }

    [Fact]
    public async Task A_mistyped_subcommand_names_the_closest_subcommand_of_its_parent()
    {
        var result = await Cli.RunAsync(new Dictionary<string, string>(), "export", "postmna");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("kognitos: error: 'postmna' is not a kognitos export command; did you mean 'postman'? (see 'kognitos export --help')\n", result.Error);
    }

    [Theory]
    [InlineData("--file", "--wait")]
    [InlineData("-f", "-w")]
    [InlineData("--name", "--json")]
    public async Task An_option_followed_by_another_option_instead_of_its_value_exits_2_and_starts_nothing(string option, string next)
    {
        await using var world = await TestWorld.StartAsync();

        var result = await world.RunAsync("run", "--process", TestWorld.InvoiceProcess, option, next);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal($"kognitos: error: {option} needs a value, but is followed by the option '{next}' (see 'kognitos run --help')\n", result.Error);
        Assert.Equal(0, world.Emulator.Counters.Snapshot().TotalRunsCreated);
    }

    [Theory]
    [InlineData("amount={\"x\":", '{')]
    [InlineData("amount=[1, 2", '[')]
    [InlineData("amount=\"unterminated", '"')]
    public async Task An_input_that_starts_like_json_and_does_not_parse_exits_2_naming_the_input(string input, char start)
    {
        await using var world = await TestWorld.StartAsync();

        var result = await world.RunAsync("run", "--process", TestWorld.InvoiceProcess, "--input", input);

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith($"kognitos: error: --input 'amount': the value starts like JSON ('{start}') but is not valid JSON (", result.Error);
        Assert.EndsWith("); correct it, or to send it as text write it as a JSON string in double quotes.\n", result.Error);
        Assert.Equal(1, result.Error.Count(c => c == '\n'));
        Assert.Equal(0, world.Emulator.Counters.Snapshot().TotalRunsCreated);
    }

    [Fact]
    public async Task Text_that_starts_like_json_is_sent_as_text_when_written_as_a_json_string()
    {
        await using var world = await TestWorld.StartAsync();

        var result = await world.RunAsync("run", "--process", TestWorld.InvoiceProcess, "--input", "note=\"{not json\"", "--input", "invoice number=INV {7}", "--wait", "--json");

        Assert.True(result.ExitCode == 0, result.ToString());
        using var json = System.Text.Json.JsonDocument.Parse(result.Output);
        var outputs = json.RootElement.GetProperty("outputs");
        Assert.Equal("{not json", outputs.GetProperty("note").GetString());
        Assert.Equal("INV {7}", outputs.GetProperty("invoice_number").GetString());
    }

    [Theory]
    [InlineData("scaffold", "--all")]
    [InlineData("export", "postman")]
    [InlineData("export", "http")]
    public async Task A_lock_named_with_lock_that_does_not_exist_exits_9_instead_of_falling_back(string command, string argument)
    {
        await using var world = await TestWorld.StartAsync();
        var missing = world.PathOf("missing.json");
        var output = world.PathOf("out");

        var result = await world.RunAsync(command, argument, "--lock", missing, "-o", output);

        Assert.Equal(9, result.ExitCode);
        Assert.Equal($"kognitos: error: the lock '{missing}' named with --lock does not exist; run kognitos pull -o {missing} first, or leave --lock out.\n", result.Error);
        Assert.False(Directory.Exists(output) || File.Exists(output));
        Assert.Equal(0, world.Emulator.Counters.Snapshot().TotalRequests);
    }
}
