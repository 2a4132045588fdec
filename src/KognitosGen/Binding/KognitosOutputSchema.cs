using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace KognitosGen.Binding;

/// <summary>
/// The output facts of one process class, with what binding needs to find them in a run: exact and normalised
/// names precomputed as UTF-8. Built once per process class and kept in a static field.
/// </summary>
/// <remarks>
/// An output matches a fact when its name equals the fact name exactly (ordinal). Only when no output does, an
/// output whose <see cref="KognitosFactNames.Normalize">normalised</see> name equals the fact's normalised name
/// matches. Two exact matches, or (with none exact) two normalised ones, make the fact ambiguous.
/// </remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class KognitosOutputSchema
{
    // Names this long or shorter are compared and normalised on the stack; longer ones through strings.
    internal const int StackNameBytes = 256;

    private static readonly JsonWriterOptions FallbackWriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly string[] _factNames;
    private readonly string[] _expectedTypes;
    private readonly bool[] _optional;
    private readonly byte[][] _exactUtf8;
    private readonly string[] _normalized;
    private readonly byte[][] _normalizedUtf8;

    /// <summary>Describes the output facts of a process class; the three arrays are parallel.</summary>
    /// <param name="factNames">The fact names, for example "the output total"; no two may normalise alike.</param>
    /// <param name="expectedTypes">Each property's type as C# spells it, for error messages.</param>
    /// <param name="optional">Whether each fact may be missing (a nullable property) without an error.</param>
    public KognitosOutputSchema(string[] factNames, string[] expectedTypes, bool[] optional)
    {
        if (factNames is null)
            throw new ArgumentNullException(nameof(factNames));
        if (expectedTypes is null)
            throw new ArgumentNullException(nameof(expectedTypes));
        if (optional is null)
            throw new ArgumentNullException(nameof(optional));
        if (expectedTypes.Length != factNames.Length || optional.Length != factNames.Length)
        {
            throw new ArgumentException(
                $"The schema arrays differ in length: {factNames.Length} fact names, {expectedTypes.Length} expected types, {optional.Length} optional flags.",
                nameof(expectedTypes));
        }

        _factNames = (string[])factNames.Clone();
        FactNames = Array.AsReadOnly(_factNames);
        _expectedTypes = (string[])expectedTypes.Clone();
        _optional = (bool[])optional.Clone();
        _exactUtf8 = new byte[_factNames.Length][];
        _normalized = new string[_factNames.Length];
        _normalizedUtf8 = new byte[_factNames.Length][];
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < _factNames.Length; i++)
        {
            var name = _factNames[i] ?? throw new ArgumentException($"Fact name {i} is null.", nameof(factNames));
            if (_expectedTypes[i] is null)
                throw new ArgumentException($"Expected type {i} is null.", nameof(expectedTypes));
            _exactUtf8[i] = Encoding.UTF8.GetBytes(name);
            _normalized[i] = KognitosFactNames.Normalize(name);
            _normalizedUtf8[i] = Encoding.UTF8.GetBytes(_normalized[i]);
            // One output is matched to at most one fact; facts that normalise alike could not be told apart.
            if (seen.TryGetValue(_normalized[i], out var other))
                throw new ArgumentException($"The facts '{other}' and '{name}' have the same normalised name '{_normalized[i]}'.", nameof(factNames));
            seen.Add(_normalized[i], name);
        }
    }

    /// <summary>The number of output facts.</summary>
    public int Count => _factNames.Length;

    /// <summary>The fact names, in declaration order (generated code gives the process descriptor these).</summary>
    public IReadOnlyList<string> FactNames { get; }

    /// <summary>The fact name at <paramref name="index"/>.</summary>
    /// <param name="index">The fact's position in the schema.</param>
    public string FactName(int index) => _factNames[index];

    /// <summary>The C# type expected for the fact at <paramref name="index"/>.</summary>
    /// <param name="index">The fact's position in the schema.</param>
    public string ExpectedType(int index) => _expectedTypes[index];

    /// <summary>Whether the fact at <paramref name="index"/> may be missing without an error.</summary>
    /// <param name="index">The fact's position in the schema.</param>
    public bool IsOptional(int index) => _optional[index];

    /// <summary>
    /// Starts one pass over the run's outputs that finds each fact's value in place: straight from the response
    /// body when the run has one, else from <see cref="KognitosRun.Outputs"/>.
    /// </summary>
    /// <param name="run">The run to read.</param>
    /// <param name="states">Scratch space for one state per fact, at least <see cref="Count"/> long (generated code stack-allocates it).</param>
    /// <returns>A reader that yields each fact found, then reports every binding error at once.</returns>
    public KognitosOutputReader Read(KognitosRun run, Span<byte> states)
    {
        if (run is null)
            throw new ArgumentNullException(nameof(run));
        if (states.Length < Count)
            throw new ArgumentException($"The span holds {states.Length} states; the schema has {Count} facts.", nameof(states));
        // A run the client read has an index of where each output's name and value lie: no second tokenizing pass.
        var body = run.RawUtf8.Span;
        if (run.PendingOutputs is { } pending && OutputsLocator.IsArrayValueAt(body, pending.Start))
            return new KognitosOutputReader(this, run, body.Slice(pending.Start), states.Slice(0, Count), pending.Items, body);
        return new KognitosOutputReader(this, run, OutputsJson(run), states.Slice(0, Count), null, default);
    }

    /// <summary>The fact whose exact name is <paramref name="name"/> (unescaped UTF-8), or -1; the search starts at <paramref name="guess"/>.</summary>
    internal int FindExact(ReadOnlySpan<byte> name, int guess)
    {
        // Outputs usually come in the order the facts are declared: start where the last match left off.
        var count = _exactUtf8.Length;
        for (int n = 0, i = guess; n < count; n++, i = i + 1 == count ? 0 : i + 1)
        {
            if (name.SequenceEqual(_exactUtf8[i]))
                return i;
        }

        return -1;
    }

    /// <summary>The fact whose normalised name is <paramref name="normalized"/> (UTF-8), or -1.</summary>
    internal int FindNormalized(ReadOnlySpan<byte> normalized)
    {
        for (var i = 0; i < _normalizedUtf8.Length; i++)
        {
            if (normalized.SequenceEqual(_normalizedUtf8[i]))
                return i;
        }

        return -1;
    }

    /// <summary>The fact whose normalised name is <paramref name="normalized"/>, or -1.</summary>
    internal int FindNormalized(string normalized) => Array.IndexOf(_normalized, normalized);

    // The error path of an ambiguous fact: the names of every output that matched, exactly if several did so,
    // else by normalised name.
    internal List<string> Candidates(IReadOnlyList<string> returned, int index)
    {
        var exact = new List<string>();
        var loose = new List<string>();
        foreach (var name in returned)
        {
            if (string.Equals(name, _factNames[index], StringComparison.Ordinal))
                exact.Add(name);
            else if (string.Equals(KognitosFactNames.Normalize(name), _normalized[index], StringComparison.Ordinal))
                loose.Add(name);
        }

        return exact.Count > 1 ? exact : loose;
    }

    // The error path of a missing fact: the returned names it most likely meant, among those no fact of the class
    // takes (an output bound to another property is not a typo of this one).
    internal List<string> Nearest(IReadOnlyList<string> returned, int index) =>
        NearestOutputNames.Find(_normalized[index], returned, normalized => FindNormalized(normalized) >= 0);

    /// <summary>The name of every output in <paramref name="outputs"/> (an outputs array's JSON), in order; items without a string name are left out.</summary>
    internal static List<string> OutputNames(ReadOnlySpan<byte> outputs)
    {
        var names = new List<string>();
        var reader = new Utf8JsonReader(outputs);
        reader.Read();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                reader.Skip();
                continue;
            }

            string? name = null;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var isName = reader.ValueTextEquals("name"u8);
                reader.Read();
                if (isName)
                    name = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
                reader.Skip();
            }

            if (name is not null)
                names.Add(name);
        }

        return names;
    }

    /// <summary>
    /// The outputs array's JSON: sliced out of the response body (running on to the body's end: readers stop at the
    /// array's end), or written from <see cref="KognitosRun.Outputs"/>.
    /// </summary>
    private static ReadOnlySpan<byte> OutputsJson(KognitosRun run)
    {
        var body = run.RawUtf8.Span;
        if (!body.IsEmpty && OutputsLocator.TryFind(body, out var outputs, toEndOfBody: true))
            return outputs;
        return WriteOutputs(run.Outputs);
    }

    private static ReadOnlySpan<byte> WriteOutputs(IReadOnlyList<KognitosNameValue> outputs)
    {
        if (outputs.Count == 0)
            return "[]"u8;
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, FallbackWriterOptions))
        {
            writer.WriteStartArray();
            foreach (var output in outputs)
            {
                if (output is null)
                    continue;
                writer.WriteStartObject();
                writer.WriteString("name"u8, output.Name);
                writer.WritePropertyName("value"u8);
                if (output.Value.ValueKind == JsonValueKind.Undefined)
                    writer.WriteNullValue();
                else
                    output.Value.WriteTo(writer);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        return new ReadOnlySpan<byte>(buffer.GetBuffer(), 0, checked((int)buffer.Length));
    }
}
