using System;
using System.Collections.Generic;
using System.Linq.Expressions;
using System.Text.Json.Nodes;

namespace KognitosGen.Testing;

/// <summary>
/// The outputs a scripted run returns, named through the process class's properties:
/// <c>new() { [p =&gt; p.Total] = 20m, [p =&gt; p.Vendor] = "ACME" }</c>. Values are written with the converters the
/// generated code uses, so they bind as a real run's would.
/// </summary>
/// <typeparam name="TProcess">The process class.</typeparam>
public sealed class KognitosOutputs<TProcess>
    where TProcess : class, IKognitosProcess
{
    private readonly ProcessFacts _facts = ProcessFacts.Of<TProcess>();
    private readonly Dictionary<string, (Fact Fact, object? Value)> _values = new(StringComparer.Ordinal);

    /// <summary>The value scripted for an output property; setting it again replaces it.</summary>
    /// <param name="output">The output property, as in <c>p =&gt; p.Total</c>.</param>
    /// <exception cref="ArgumentException">The expression names no <c>[KognitosOutput]</c> property.</exception>
    /// <exception cref="KeyNotFoundException">Read before it was set.</exception>
    public object? this[Expression<Func<TProcess, object?>> output]
    {
        get => _values[_facts.Output(Required(output)).Name].Value;
        set => Set(_facts.Output(Required(output)), value);
    }

    /// <summary>Scripts one output with a value of the property's own type.</summary>
    /// <typeparam name="TValue">The property's type.</typeparam>
    /// <param name="output">The output property, as in <c>p =&gt; p.Total</c>.</param>
    /// <param name="value">The value.</param>
    /// <returns>These outputs, for chaining.</returns>
    public KognitosOutputs<TProcess> With<TValue>(Expression<Func<TProcess, TValue>> output, TValue value)
    {
        Set(_facts.Output(Required(output)), value);
        return this;
    }

    /// <summary>The outputs as the run's <c>{name: JSON}</c>, in the order scripted.</summary>
    internal JsonObject ToJson()
    {
        var json = new JsonObject();
        foreach (var (name, (fact, value)) in _values)
            json[name] = FactJson.Write(fact, value, _facts.JsonContext);
        return json;
    }

    private void Set(Fact fact, object? value)
    {
        // Converted now, so a value that cannot be written fails where the test wrote it.
        FactJson.Write(fact, value, _facts.JsonContext);
        _values[fact.Name] = (fact, value);
    }

    private static T Required<T>(T expression)
        where T : class =>
        expression ?? throw new ArgumentNullException(nameof(expression));
}
