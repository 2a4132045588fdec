namespace KognitosGen.Cli.Tests;

public sealed class ScaffoldTests
{
    [Fact]
    public async Task Scaffold_writes_an_annotated_class_with_types_inferred_from_the_lock()
    {
        await using var world = await TestWorld.StartAsync();
        await world.CompleteRunAsync(TestWorld.InvoiceProcess, KognitosStage.Published, ("note", "\"paid\""));
        await world.CompleteRunAsync(TestWorld.InvoiceProcess, KognitosStage.Published);
        var lockPath = world.PathOf("kognitos.schema.json");
        Assert.Equal(0, (await world.RunAsync("pull", "-o", lockPath)).ExitCode);
        var output = world.PathOf("Processes");

        var result = await world.RunAsync("scaffold", "--process", TestWorld.InvoiceProcess, "--lock", lockPath, "-o", output, "--namespace", "Billing.Kognitos");

        Assert.True(result.ExitCode == 0, result.ToString());
        var source = await File.ReadAllTextAsync(Path.Combine(output, "ProcessTheInvoices.cs"));
        Assert.Contains("namespace Billing.Kognitos;", source);
        Assert.Contains($"[KognitosProcess(\"to process the invoices\", AgentId = \"{TestWorld.AgentId}\", ProcessId = \"{TestWorld.InvoiceProcess}\", Stage = KognitosStage.Published)]", source);
        Assert.Contains("public sealed partial class ProcessTheInvoices", source);
        Assert.Contains("// [KognitosInput(\"invoice number\")]", source);
        Assert.Contains("/// <summary>Returned as <c>total</c>; seen as number in 2 of 2 sampled runs", source);
        Assert.Contains("[KognitosOutput(\"the output total\")]\n    public decimal Total { get; private set; }", source);
        Assert.DoesNotContain("#pragma", source);
        Assert.Contains("public string Vendor { get; private set; } = \"\";", source);
        Assert.Contains("public bool Approved { get; private set; }", source);
        Assert.Contains("public long LineCount { get; private set; }", source);
        Assert.Contains("public DateTimeOffset ReviewedAt { get; private set; }", source);
        Assert.Contains("public DateOnly DueDate { get; private set; }", source);
        Assert.Contains("public List<string> Companies { get; private set; } = new();", source);
        Assert.Contains("public JsonElement Details { get; private set; }", source);
        Assert.Contains("public string? Note { get; private set; }", source);
        Assert.Single(Directory.GetFiles(output));
    }

    [Fact]
    public async Task The_input_suggestion_gets_its_own_name_when_an_output_normalises_to_the_same_identifier()
    {
        await using var world = await TestWorld.StartAsync();
        await world.CompleteRunAsync(TestWorld.InvoiceProcess, KognitosStage.Published, ("invoice number", "\"INV-7\""));
        var lockPath = world.PathOf("kognitos.schema.json");
        Assert.Equal(0, (await world.RunAsync("pull", "-o", lockPath)).ExitCode);
        var output = world.PathOf("Processes");

        var result = await world.RunAsync("scaffold", "--all", "--lock", lockPath, "-o", output);

        Assert.True(result.ExitCode == 0, result.ToString());
        var invoices = await File.ReadAllTextAsync(Path.Combine(output, "ProcessTheInvoices.cs"));
        Assert.Contains("[KognitosOutput(\"the output invoice number\")]\n    public string InvoiceNumber { get; private set; } = \"\";", invoices);
        Assert.Contains("    // [KognitosInput(\"invoice number\")] public required string InvoiceNumberInput { get; init; }\n", invoices);
        // Where no output takes the name, the suggestion keeps the plain one.
        var feedback = await File.ReadAllTextAsync(Path.Combine(output, "SummarizeCustomerFeedback.cs"));
        Assert.Contains("    // [KognitosInput(\"invoice number\")] public required string InvoiceNumber { get; init; }\n", feedback);
    }

    [Fact]
    public async Task Scaffold_never_overwrites_without_force()
    {
        await using var world = await TestWorld.StartAsync();
        var output = world.PathOf("Processes");
        // No --lock and no lock in the working folder: the processes come from the API.
        Assert.Equal(0, (await world.RunAsync("scaffold", "--all", "-o", output)).ExitCode);
        var path = Path.Combine(output, "ProcessTheInvoices.cs");
        await File.WriteAllTextAsync(path, "// mine");

        var refused = await world.RunAsync("scaffold", "--all", "-o", output);
        var unchanged = await File.ReadAllTextAsync(path);
        var forced = await world.RunAsync("scaffold", "--all", "-o", output, "--force");

        Assert.Equal(9, refused.ExitCode);
        Assert.Contains("pass --force", refused.Error);
        Assert.Equal("// mine", unchanged);
        Assert.Equal(0, forced.ExitCode);
        Assert.Contains("partial class ProcessTheInvoices", await File.ReadAllTextAsync(path));
        Assert.Equal(4, Directory.GetFiles(output).Length);
    }

    [Fact]
    public async Task A_process_missing_from_the_lock_exits_5()
    {
        await using var world = await TestWorld.StartAsync();
        var lockPath = world.PathOf("kognitos.schema.json");
        Assert.Equal(0, (await world.RunAsync("pull", "-o", lockPath)).ExitCode);

        var result = await world.RunAsync("scaffold", "--process", "nosuchprocess", "--lock", lockPath, "-o", world.PathOf("out"));

        Assert.Equal(5, result.ExitCode);
        Assert.Contains("'nosuchprocess' is not in the lock", result.Error);
    }

    [Fact]
    public async Task A_hand_broken_lock_exits_8_naming_file_line_and_member()
    {
        await using var world = await TestWorld.StartAsync();
        var lockPath = world.PathOf("kognitos.schema.json");
        Assert.Equal(0, (await world.RunAsync("pull", "-o", lockPath)).ExitCode);
        var lines = (await File.ReadAllTextAsync(lockPath)).Split('\n');
        var stageLine = Array.FindIndex(lines, l => l.Contains("\"stage\""));
        lines[stageLine] = lines[stageLine].Replace("\"stage\"", "\"stag\"");
        await File.WriteAllTextAsync(lockPath, string.Join('\n', lines));

        var result = await world.RunAsync("scaffold", "--all", "--lock", lockPath, "-o", world.PathOf("out"));

        Assert.Equal(8, result.ExitCode);
        Assert.Equal($"kognitos: error: the schema lock cannot be read: {lockPath}:{stageLine + 1}: agents[0].processes[0].stag: unknown member 'stag' (version 1 knows id, name, stage, runsSampled, outputs; tools may add members starting with 'x-')\n", result.Error);
    }

    [Fact]
    public async Task Scaffold_needs_a_process_or_all()
    {
        var result = await Cli.RunAsync(new Dictionary<string, string>(), "scaffold");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("pass --process ID or --all", result.Error);
    }

    [Theory]
    [InlineData("1Billing")]
    [InlineData("Billing..Kognitos")]
    [InlineData("Billing-Kognitos")]
    public async Task A_namespace_that_is_not_csharp_is_a_usage_error(string @namespace)
    {
        var result = await Cli.RunAsync(new Dictionary<string, string>(), "scaffold", "--all", "--namespace", @namespace);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"--namespace '{@namespace}' is not a C# namespace", result.Error);
    }
}
