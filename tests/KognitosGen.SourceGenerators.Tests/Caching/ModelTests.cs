using System.Collections;
using System.Collections.Immutable;
using System.Reflection;
using KognitosGen.SourceGenerators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace KognitosGen.SourceGenerators.Tests.Caching;

/// <summary>The model is a value: equal across compilations, and free of anything Roslyn compares by reference.</summary>
public sealed class ModelTests
{
    private const string Source = """
        using System.Collections.Generic;
        using KognitosGen;

        namespace Billing
        {
            public partial class Outer
            {
                [KognitosProcess("to process the invoices", AgentId = "agent", ProcessId = "process")]
                public sealed partial class ProcessInvoice
                {
                    [KognitosInput("amount")] public decimal? Amount { get; init; }
                    [KognitosInput("lines")] public List<Dictionary<string, int>> Lines { get; init; } = [];
                    [KognitosFile("scan")] public KognitosFile? Scan { get; init; }
                    [KognitosOutput("the output total")] public decimal Total { get; private set; }
                }
            }
        }
        """;

    private static object[] TrackedOutputs(GeneratorDriver driver, params string[] steps) =>
        [.. driver.GetRunResult().Results.Single().TrackedSteps
            .Where(pair => steps.Contains(pair.Key))
            .SelectMany(pair => pair.Value)
            .SelectMany(step => step.Outputs)
            .Select(output => output.Value)];

    [Fact]
    public void Two_fresh_compilations_of_the_same_source_give_equal_but_distinct_models()
    {
        var first = TrackedOutputs(GeneratorHarness.Run(Source).Driver, TrackingNames.Parse).Single();
        var second = TrackedOutputs(GeneratorHarness.Run(Source).Driver, TrackingNames.Parse).Single();

        Assert.NotSame(first, second);
        Assert.Equal(first, second);
        Assert.Equal(first.GetHashCode(), second.GetHashCode());
    }

    [Fact]
    public void A_different_fact_name_gives_a_different_model()
    {
        var first = TrackedOutputs(GeneratorHarness.Run(Source).Driver, TrackingNames.Parse).Single();
        var second = TrackedOutputs(GeneratorHarness.Run(Source.Replace("the output total", "the output sum")).Driver, TrackingNames.Parse).Single();

        Assert.NotEqual(first, second);
    }

    [Fact]
    public void Tracked_outputs_hold_no_symbol_syntax_compilation_or_immutable_array()
    {
        var driver = GeneratorHarness.Run(Source).Driver;
        var outputs = TrackedOutputs(driver, TrackingNames.Parse, TrackingNames.Specs, TrackingNames.MsBuildOptions,
            TrackingNames.AssemblyDefaults, TrackingNames.Defaults, TrackingNames.Emit);

        Assert.NotEmpty(outputs);
        foreach (var output in outputs)
            Walk(output, "output", new HashSet<object>(ReferenceEqualityComparer.Instance));
    }

    /// <summary>Fails on any object in the graph that Roslyn compares by reference or that pins a compilation.</summary>
    private static void Walk(object? value, string path, HashSet<object> seen)
    {
        if (value is null || value is string || value.GetType().IsPrimitive || value.GetType().IsEnum)
            return;
        Assert.False(value is ISymbol or Compilation or SemanticModel or SyntaxNode or SyntaxTree or Location,
            $"{path} holds a {value.GetType().Name}");
        Assert.False(value.GetType().IsGenericType && value.GetType().GetGenericTypeDefinition() == typeof(ImmutableArray<>),
            $"{path} holds an ImmutableArray");
        if (!value.GetType().IsValueType && !seen.Add(value))
            return;

        if (value is IEnumerable sequence && value is not IDictionary)
        {
            var index = 0;
            foreach (var item in sequence)
                Walk(item, $"{path}[{index++}]", seen);
            return;
        }

        foreach (var field in value.GetType().GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic))
            Walk(field.GetValue(value), $"{path}.{field.Name}", seen);
    }
}
