using System.Text.Json;
using BenchmarkDotNet.Attributes;
using KognitosGen.Wire;

namespace KognitosGen.Benchmarks.Runtime;

/// <summary>
/// Binding a succeeded run's 12 outputs onto <see cref="InvoiceReview"/>: the generated binder against a
/// reflection-based hand-written binder (a) and a hand-tuned <see cref="Utf8JsonReader"/> binder (b).
/// </summary>
[MemoryDiagnoser]
public class BindingBenchmarks
{
    private readonly byte[] _body = RunBody.Utf8;
    private KognitosRun _run = null!;

    [GlobalSetup]
    public void Setup()
    {
        // The client keeps the response body on the run it returns; RunReader builds it so, as the client does.
        _run = Deserialize(_body);
        Generated_BindFromBody().Verify();
        Generated_DeserializeRunAndBind().Verify();
        Reflection_DeserializeAndConvert().Verify();
        HandTuned_Utf8JsonReader().Verify();
        Warm.Up(() => Generated_BindFromBody(), () => Generated_DeserializeRunAndBind(), () => Reflection_DeserializeAndConvert(), () => HandTuned_Utf8JsonReader());
    }

    /// <summary>The generated binder over the body the run was read from (the run itself already exists).</summary>
    [Benchmark]
    public InvoiceReview Generated_BindFromBody()
    {
        var review = new InvoiceReview();
        ((IKognitosProcess)review).BindOutputs(_run);
        return review;
    }

    /// <summary>The whole cost a user of the client pays: the client's deserialisation of the run, then the generated binder.</summary>
    [Benchmark]
    public InvoiceReview Generated_DeserializeRunAndBind()
    {
        var review = new InvoiceReview();
        ((IKognitosProcess)review).BindOutputs(Deserialize(_body));
        return review;
    }

    /// <summary>(a) JsonSerializer with reflection into DTOs, a dictionary by name, then a conversion per property.</summary>
    [Benchmark]
    public InvoiceReview Reflection_DeserializeAndConvert() => ReflectionRunBinder.Bind(_body);

    /// <summary>(b) One Utf8JsonReader pass written for this class.</summary>
    [Benchmark(Baseline = true)]
    public InvoiceReview HandTuned_Utf8JsonReader() => HandTunedRunBinder.Bind(_body);

    // What the client does with a GET /v2/runs/{id} body (ResponseReader): RunReader builds the run with its raw body.
    private static KognitosRun Deserialize(byte[] body) => RunReader.ReadRun(body)!;
}
