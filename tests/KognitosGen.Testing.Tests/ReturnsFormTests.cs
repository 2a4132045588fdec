namespace KognitosGen.Testing.Tests;

/// <summary>
/// The two forms the README shows for scripting outputs, written exactly as shown: that this file compiles is half
/// the test (the target-typed form was ambiguous, CS0121), and each run shows the form picked the meaning it reads as.
/// </summary>
public sealed class ReturnsFormTests
{
    [Fact]
    public async Task Target_typed_outputs_are_returned_by_every_run()
    {
        await using var kognitos = await KognitosTestServer.StartAsync();
        kognitos.Process<Invoice>().Returns(new() { [p => p.Total] = 20m, [p => p.Vendor] = "ACME" });

        var first = await new Invoice { InvoiceNumber = "INV-1", Amount = 1m }.RunAsync(kognitos.Client);
        var second = await new Invoice { InvoiceNumber = "INV-2", Amount = 500m }.RunAsync(kognitos.Client);

        Assert.Equal(20m, first.Process.Total);
        Assert.Equal("ACME", first.Process.Vendor);
        Assert.Equal(20m, second.Process.Total);
    }

    [Fact]
    public async Task Target_typed_outputs_computed_per_run_read_each_runs_inputs()
    {
        await using var kognitos = await KognitosTestServer.StartAsync();
        kognitos.Process<Invoice>().Returns(run => new() { [p => p.Total] = run.Input(p => p.Amount) * 2 });

        var first = await new Invoice { InvoiceNumber = "INV-1", Amount = 10m }.RunAsync(kognitos.Client);
        var second = await new Invoice { InvoiceNumber = "INV-2", Amount = 0.5m }.RunAsync(kognitos.Client);

        Assert.Equal(20m, first.Process.Total);
        Assert.Equal(1m, second.Process.Total);
    }

    [Fact]
    public async Task Target_typed_outputs_checked_when_written_fail_where_the_test_wrote_them()
    {
        await using var kognitos = await KognitosTestServer.StartAsync();

        // A value of the wrong type fails at the Returns call, not later in a run.
        var error = Assert.Throws<ArgumentException>(() => kognitos.Process<Invoice>().Returns(new() { [p => p.Total] = "twenty" }));

        Assert.Contains("'the output total' (Total) is a Decimal", error.Message, StringComparison.Ordinal);
    }
}
