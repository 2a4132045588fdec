namespace KognitosGen.TemplateTests;

/// <summary>
/// `dotnet new kognitos-worker` and `dotnet new kognitos-process` from the packed template package: each template and
/// each option generates projects that build, and the worker's own tests pass offline against the in-process emulator.
/// </summary>
[Collection(nameof(PackedTemplatesCollection))]
[Trait("Category", "Package")]
public sealed class WorkerTemplateTests(PackedTemplates templates)
{
    [Fact]
    public async Task The_worker_with_its_defaults_builds_and_its_test_project_passes_offline()
    {
        var folder = templates.NewFolder("defaults");

        var created = await templates.NewIn(folder, "kognitos-worker", "-n", "Invoices");
        Assert.True(created.ExitCode == 0, created.Output);
        var project = Path.Combine(folder, "Invoices");
        Assert.True(File.Exists(Path.Combine(project, "kognitos.schema.json")), "the worker has no kognitos.schema.json");
        var csproj = File.ReadAllText(Path.Combine(project, "Invoices", "Invoices.csproj"));
        Assert.Contains($"Include=\"KognitosGen\" Version=\"{PackedVersion("KognitosGen")}\"", csproj);
        Assert.Contains("<KognitosAgentId>a7xm2kp9qwj3v5nh8t4c6r1e9z</KognitosAgentId>", csproj);
        Assert.Contains("builder.Services.AddKognitos(", File.ReadAllText(Path.Combine(project, "Invoices", "Program.cs")));

        var tested = await templates.Dotnet(project, "test", Path.Combine("Invoices.Tests", "Invoices.Tests.csproj"), "-c", PackedTemplates.Configuration);

        Assert.True(tested.ExitCode == 0, tested.Output);
        Assert.Matches(@"Passed!\s+-\s+Failed:\s+0,\s+Passed:\s+2\b", tested.Output);
    }

    [Fact]
    public async Task Every_option_of_both_templates_reaches_the_code_and_the_worker_still_builds()
    {
        var folder = templates.NewFolder("options");

        var worker = await templates.NewIn(folder, "kognitos-worker", "-n", "Orders", "--agent-id", "zq1agentq2w3e4r5t6y7u8i9o0", "--process-id", "pq1processw2e3r4t5y6u7i8o", "--process-name", "to check the orders", "--skip-tests");
        Assert.True(worker.ExitCode == 0, worker.Output);
        var root = Path.Combine(folder, "Orders");
        var project = Path.Combine(root, "Orders");
        Assert.False(Directory.Exists(Path.Combine(root, "Orders.Tests")), "--skip-tests left the test project in");
        var schema = File.ReadAllText(Path.Combine(root, "kognitos.schema.json"));
        Assert.Contains("\"id\": \"zq1agentq2w3e4r5t6y7u8i9o0\"", schema);
        Assert.Contains("\"id\": \"pq1processw2e3r4t5y6u7i8o\"", schema);
        Assert.Contains("[KognitosProcess(\"to check the orders\", ProcessId = \"pq1processw2e3r4t5y6u7i8o\")]", File.ReadAllText(Path.Combine(project, "Processes", "KognitosProcess.cs")));

        var item = await templates.NewIn(project, "kognitos-process", "-n", "ShipOrder", "--process-name", "to ship the orders", "--process-id", "sq1shipw2e3r4t5y6u7i8o9p0", "--namespace", "Orders.Shipping");
        var itemWithAgent = await templates.NewIn(project, "kognitos-process", "-n", "BillOrder", "--process-name", "to bill the orders", "--process-id", "bq1billw2e3r4t5y6u7i8o9p0", "--agent-id", "cq1otheragentw2e3r4t5y6u7");
        Assert.True(item.ExitCode == 0, item.Output);
        Assert.True(itemWithAgent.ExitCode == 0, itemWithAgent.Output);
        var ship = File.ReadAllText(Path.Combine(project, "ShipOrder.cs"));
        Assert.Contains("namespace Orders.Shipping;", ship);
        Assert.Contains("[KognitosProcess(\"to ship the orders\", ProcessId = \"sq1shipw2e3r4t5y6u7i8o9p0\")]", ship);
        Assert.Contains("public sealed partial class ShipOrder", ship);
        var bill = File.ReadAllText(Path.Combine(project, "BillOrder.cs"));
        Assert.Contains("[KognitosProcess(\"to bill the orders\", AgentId = \"cq1otheragentw2e3r4t5y6u7\", ProcessId = \"bq1billw2e3r4t5y6u7i8o9p0\")]", bill);
        Assert.DoesNotContain("#if", bill);

        var built = await templates.Dotnet(project, "build", "-c", PackedTemplates.Configuration);

        Assert.True(built.ExitCode == 0, built.Output);
    }

    [Fact]
    public async Task The_process_template_without_its_process_id_fails_naming_the_option()
    {
        var folder = templates.NewFolder("missing-id");

        var (exitCode, output) = await templates.NewIn(folder, "kognitos-process", "-n", "ShipOrder", "--process-name", "to ship the orders");

        Assert.NotEqual(0, exitCode);
        Assert.Contains("--process-id", output);
        Assert.False(File.Exists(Path.Combine(folder, "ShipOrder.cs")), "a class was written without its process ID");
    }

    private string PackedVersion(string package)
    {
        var file = Path.GetFileNameWithoutExtension(Directory.GetFiles(templates.Feed, package + ".*.nupkg")
            .Single(path => char.IsDigit(Path.GetFileName(path)[package.Length + 1])));
        return file[(package.Length + 1)..];
    }
}
