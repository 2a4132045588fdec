namespace KognitosGen.Testing.Tests;

/// <summary>What the code under test sent, read back through the process class (started only: no outputs are scripted to bind).</summary>
public sealed class RecordTests
{
    [Fact]
    public async Task Inputs_read_back_as_their_property_types_and_file_names_in_order()
    {
        await using var kognitos = await KognitosTestServer.StartAsync();
        kognitos.Process<Invoice>();

        await new Invoice
        {
            InvoiceNumber = "INV-7",
            Amount = 99.95m,
            Due = new DateOnly(2026, 3, 31),
            Scans = [KognitosFile.FromBytes("scan.pdf", [1, 2, 3]), KognitosFile.FromBytes("back side.png", [4])],
        }.StartAsync(kognitos.Client);

        var run = Assert.Single(kognitos.RunsOf<Invoice>());
        Assert.Equal("INV-7", run.Input(p => p.InvoiceNumber));
        Assert.Equal(99.95m, run.Input(p => p.Amount));
        Assert.Equal(new DateOnly(2026, 3, 31), run.Input(p => p.Due));
        Assert.Equal(["scan.pdf", "back side.png"], run.FileNames);
        Assert.StartsWith("to process the invoices", run.Name, StringComparison.Ordinal);
        Assert.Equal("2026-03-31", run.Received.Inputs.Single(i => i.Key == "due").Value.GetString());
    }

    [Fact]
    public async Task An_input_left_out_reads_as_null_and_HasInput_says_so()
    {
        await using var kognitos = await KognitosTestServer.StartAsync();
        kognitos.Process<Invoice>();

        await new Invoice { InvoiceNumber = "INV-8", Amount = 1m }.StartAsync(kognitos.Client);

        var run = Assert.Single(kognitos.RunsOf<Invoice>());
        Assert.Null(run.Input(p => p.Note));
        Assert.Null(run.Input(p => p.Due));
        Assert.False(run.HasInput(p => p.Note));
        Assert.True(run.HasInput(p => p.Amount));
        Assert.Empty(run.FileNames);
    }

    [Fact]
    public async Task RunsOf_lists_one_process_oldest_first()
    {
        await using var kognitos = await KognitosTestServer.StartAsync();
        kognitos.Process<Invoice>();
        kognitos.Process<Feedback>();

        await new Invoice { InvoiceNumber = "A", Amount = 1m }.StartAsync(kognitos.Client);
        await new Feedback { Comments = ["x"] }.StartAsync(kognitos.Client);
        await new Invoice { InvoiceNumber = "B", Amount = 2m }.StartAsync(kognitos.Client);

        Assert.Equal(["A", "B"], kognitos.RunsOf<Invoice>().Select(r => r.Input(p => p.InvoiceNumber)));
        Assert.Equal(["x"], Assert.Single(kognitos.RunsOf<Feedback>()).Input(p => p.Comments));
        Assert.Empty(kognitos.RunsOf<Archive>());
    }

    [Fact]
    public async Task Naming_a_property_that_is_not_a_fact_of_that_kind_says_which_facts_there_are()
    {
        await using var kognitos = await KognitosTestServer.StartAsync();
        kognitos.Process<Invoice>();
        await new Invoice { InvoiceNumber = "A", Amount = 1m }.StartAsync(kognitos.Client);
        var run = Assert.Single(kognitos.RunsOf<Invoice>());

        var notAnInput = Assert.Throws<ArgumentException>(() => run.Input(p => p.Total));
        var notAnOutput = Assert.Throws<ArgumentException>(() => new KognitosOutputs<Invoice> { [p => p.Amount] = 1m });
        var notAProperty = Assert.Throws<ArgumentException>(() => run.Input(p => p.Amount + 1));

        Assert.Contains("Invoice.Total is not a [KognitosInput] property", notAnInput.Message, StringComparison.Ordinal);
        Assert.Contains("'invoice number', 'amount', 'due', 'note'", notAnInput.Message, StringComparison.Ordinal);
        Assert.Contains("Invoice.Amount is not a [KognitosOutput] property", notAnOutput.Message, StringComparison.Ordinal);
        Assert.Contains("p => p.Total", notAProperty.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Output_values_convert_between_numbers_and_refuse_what_cannot_be_their_type()
    {
        var outputs = new KognitosOutputs<Invoice> { [p => p.Total] = 5 };

        var wrong = Assert.Throws<ArgumentException>(() => outputs[p => p.Total] = "five");

        Assert.Equal(5, outputs[p => p.Total]);
        Assert.Contains("'the output total' (Total) is a Decimal", wrong.Message, StringComparison.Ordinal);
    }
}
