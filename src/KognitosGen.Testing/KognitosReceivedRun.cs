using System;
using System.Collections.Generic;
using System.Linq;
using System.Linq.Expressions;
using System.Text.Json;
using KognitosGen.Emulator;

namespace KognitosGen.Testing;

/// <summary>
/// What one run of <typeparamref name="TProcess"/> received from the code under test, read through the class's
/// properties: <c>run.Input(p =&gt; p.Amount)</c>.
/// </summary>
/// <typeparam name="TProcess">The process class.</typeparam>
public sealed class KognitosReceivedRun<TProcess>
    where TProcess : class, IKognitosProcess
{
    private readonly ProcessFacts _facts;

    internal KognitosReceivedRun(ReceivedRun received)
    {
        Received = received;
        _facts = ProcessFacts.Of<TProcess>();
    }

    /// <summary>The run ID.</summary>
    public string RunId => Received.Id;

    /// <summary>The run name as sent.</summary>
    public string Name => Received.Name;

    /// <summary>The stage the run asked for.</summary>
    public KognitosStage Stage => Received.Stage == nameof(KognitosStage.Draft) ? KognitosStage.Draft : KognitosStage.Published;

    /// <summary>When the run started, on the test server's (virtual) clock.</summary>
    public DateTimeOffset StartedAt => Received.CreatedAt;

    /// <summary>The names of the files uploaded for the run, in the order sent.</summary>
    public IReadOnlyList<string> FileNames => Received.FileNames;

    /// <summary>The record as the emulator keeps it: every input as raw JSON, the file IDs.</summary>
    public ReceivedRun Received { get; }

    /// <summary>
    /// The value the run received for the input <paramref name="input"/> names, read as its property type. An input
    /// that was not sent (the generated writer leaves null values out) reads as null for a nullable type, and throws
    /// otherwise.
    /// </summary>
    /// <typeparam name="TValue">The property's type.</typeparam>
    /// <param name="input">The input property, as in <c>p =&gt; p.Amount</c>.</param>
    /// <exception cref="InvalidOperationException">The run received no such input and the type cannot be null.</exception>
    public TValue Input<TValue>(Expression<Func<TProcess, TValue>> input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var fact = _facts.Input(input);
        if (!TryFind(fact.Name, out var json))
        {
            if (default(TValue) is null)
                return default!;
            throw new InvalidOperationException(
                $"Run {RunId} of {_facts.ClassName} received no input '{fact.Name}' ({fact.PropertyName}); it received: {string.Join(", ", Received.Inputs.Select(i => $"'{i.Key}'"))}.");
        }

        return (TValue)FactJson.Read(fact, json, _facts.JsonContext)!;
    }

    /// <summary>Whether the run received the input <paramref name="input"/> names at all.</summary>
    /// <typeparam name="TValue">The property's type.</typeparam>
    /// <param name="input">The input property, as in <c>p =&gt; p.Amount</c>.</param>
    public bool HasInput<TValue>(Expression<Func<TProcess, TValue>> input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return TryFind(_facts.Input(input).Name, out _);
    }

    /// <inheritdoc />
    public override string ToString() => $"{_facts.ClassName} run {RunId}";

    private bool TryFind(string factName, out JsonElement value)
    {
        foreach (var (name, json) in Received.Inputs)
        {
            if (name == factName)
            {
                value = json;
                return true;
            }
        }

        value = default;
        return false;
    }
}
