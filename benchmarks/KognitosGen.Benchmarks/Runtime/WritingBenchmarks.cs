using BenchmarkDotNet.Attributes;
using KognitosGen.Wire;

namespace KognitosGen.Benchmarks.Runtime;

/// <summary>Writing the <c>POST /v2/runs</c> body of <see cref="InvoiceReview"/>: the client's generated path against reflection.</summary>
[MemoryDiagnoser]
public class WritingBenchmarks
{
    private const string RunName = "Invoice INV-2025-0042";

    private static readonly InvoiceReview Review = new()
    {
        InvoiceNumber = "INV-2025-0042",
        Amount = 1234.56m,
        Quantity = 17,
        Urgent = true,
        DueBy = new DateOnly(2025, 4, 30),
        Level = ReviewPriority.High,
    };

    [GlobalSetup]
    public void Setup()
    {
        string generated;
        using (var body = WriteGenerated())
            generated = System.Text.Encoding.UTF8.GetString(body.Written.AsSpan());
        var reflection = System.Text.Encoding.UTF8.GetString(Reflection_WriteRunStart());
        if (generated != reflection)
            throw new InvalidOperationException($"The two bodies differ:\n{generated}\n{reflection}");
        Warm.Up(() => Generated_WriteRunStart(), () => Reflection_WriteRunStart());
    }

    /// <summary>
    /// The client's writer: Utf8JsonWriter for the run's fields, the generated WriteInputs for the inputs array, into
    /// the pooled buffer the request is sent from (given back here, as after an answered send).
    /// </summary>
    [Benchmark]
    public int Generated_WriteRunStart()
    {
        using var body = WriteGenerated();
        return body.Written.Count;
    }

    private static PooledBufferWriter WriteGenerated()
    {
        var descriptor = InvoiceReview.KognitosDescriptor;
        return RunRequestWriter.Write(RunName, descriptor.ProcessId!, descriptor.AgentId!, descriptor.Stage, Review, []);
    }

    /// <summary>A DTO built from the properties, serialised by JsonSerializer with reflection.</summary>
    [Benchmark(Baseline = true)]
    public byte[] Reflection_WriteRunStart() => ReflectionRunRequest.Write(RunName, Review);
}
