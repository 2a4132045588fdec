using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace KognitosGen.Binding;

/// <summary>
/// The output facts of one process class, with what generated code needs to find them in a run: exact and
/// normalised names precomputed as UTF-8. Built once per process class and kept in a static field.
/// </summary>
/// <remarks>
/// An output matches a fact when its name equals the fact name exactly (ordinal). Only when no output does, an
/// output whose <see cref="KognitosFactNames.Normalize">normalised</see> name equals the fact's normalised name
/// matches. Two exact matches, or (with none exact) two normalised ones, make the fact ambiguous.
/// </remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class KognitosOutputSchema
{
    // Names this long or shorter are normalised on the stack; longer ones through strings.
    private const int StackNameBytes = 256;

    private static readonly JsonWriterOptions FallbackWriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly string[] _factNames;
    private readonly string[] _expectedTypes;
    private readonly bool[] _optional;
    private readonly byte[][] _exactUtf8;
    private readonly string[] _normalized;
    private readonly byte[][] _normalizedUtf8;

    /// <summary>Describes the output facts of a process class; the three arrays are parallel.</summary>
    /// <param name="factNames">The fact names, for example "the output total".</param>
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
        _expectedTypes = (string[])expectedTypes.Clone();
        _optional = (bool[])optional.Clone();
        _exactUtf8 = new byte[_factNames.Length][];
        _normalized = new string[_factNames.Length];
        _normalizedUtf8 = new byte[_factNames.Length][];
        for (var i = 0; i < _factNames.Length; i++)
        {
            var name = _factNames[i] ?? throw new ArgumentException($"Fact name {i} is null.", nameof(factNames));
            if (_expectedTypes[i] is null)
                throw new ArgumentException($"Expected type {i} is null.", nameof(expectedTypes));
            _exactUtf8[i] = Encoding.UTF8.GetBytes(name);
            _normalized[i] = KognitosFactNames.Normalize(name);
            _normalizedUtf8[i] = Encoding.UTF8.GetBytes(_normalized[i]);
        }
    }

    /// <summary>The number of output facts.</summary>
    public int Count => _factNames.Length;

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
    /// Finds every fact's value in the run's outputs. Reads the outputs straight from the response body when the
    /// run has one (allocating nothing when every fact matches exactly), else from <see cref="KognitosRun.Outputs"/>.
    /// </summary>
    /// <param name="run">The run to read.</param>
    /// <param name="matches">Receives one match per fact; at least <see cref="Count"/> long.</param>
    /// <returns>The UTF-8 JSON of the outputs array, which the matches point into.</returns>
    public ReadOnlySpan<byte> Match(KognitosRun run, Span<KognitosOutputMatch> matches)
    {
        if (run is null)
            throw new ArgumentNullException(nameof(run));
        if (matches.Length < Count)
            throw new ArgumentException($"The span holds {matches.Length} matches; the schema has {Count} facts.", nameof(matches));

        var outputs = OutputsJson(run);
        matches = matches.Slice(0, Count);
        matches.Clear();
        if (matches.Length > 0 && MatchExact(outputs, matches))
            MatchNormalized(outputs, matches);
        return outputs;
    }

    /// <summary>
    /// Gives a reader over a found fact's value, already on its first token. For a fact that was not found, adds a
    /// missing error (unless the fact is optional) or an ambiguous error, and returns false.
    /// </summary>
    /// <param name="outputsJson">What <see cref="Match"/> returned.</param>
    /// <param name="matches">What <see cref="Match"/> filled.</param>
    /// <param name="index">The fact's position in the schema.</param>
    /// <param name="errors">Receives the error, if any.</param>
    /// <param name="reader">The reader over the value, when found.</param>
    /// <returns>Whether the fact was found.</returns>
    public bool TryGetReader(ReadOnlySpan<byte> outputsJson, ReadOnlySpan<KognitosOutputMatch> matches, int index, ref KognitosBindingErrors errors, out Utf8JsonReader reader)
    {
        var match = MatchAt(matches, index);
        switch (match.State)
        {
            case KognitosOutputMatchState.Exact:
            case KognitosOutputMatchState.Normalized:
                reader = new Utf8JsonReader(ValueJson(outputsJson, match));
                reader.Read();
                return true;
            case KognitosOutputMatchState.Ambiguous:
                errors.AddAmbiguous(_factNames[index], _expectedTypes[index], Candidates(outputsJson, index));
                break;
            default:
                if (!_optional[index])
                    errors.AddMissing(_factNames[index], _expectedTypes[index]);
                break;
        }

        reader = default;
        return false;
    }

    /// <summary>Records that the fact's value could not be read as its type, keeping the value's JSON (cut short).</summary>
    /// <param name="outputsJson">What <see cref="Match"/> returned.</param>
    /// <param name="matches">What <see cref="Match"/> filled.</param>
    /// <param name="index">The fact's position in the schema.</param>
    /// <param name="errors">Receives the error.</param>
    public void AddUnconvertible(ReadOnlySpan<byte> outputsJson, ReadOnlySpan<KognitosOutputMatch> matches, int index, ref KognitosBindingErrors errors)
    {
        var match = MatchAt(matches, index);
        string? json = null;
        if (match.IsFound)
        {
            // Only the start is kept: UTF-8 has at most 3 bytes per UTF-16 character, so a value longer than this
            // decodes to more than the kept length and is cut anyway.
            var value = ValueJson(outputsJson, match);
            const int MaxBytes = 4 * (KognitosBindingError.MaxJsonLength + 1);
            json = Utf8Text(value.Length > MaxBytes ? value.Slice(0, MaxBytes) : value);
        }

        errors.AddUnconvertible(_factNames[index], _expectedTypes[index], json);
    }

    private KognitosOutputMatch MatchAt(ReadOnlySpan<KognitosOutputMatch> matches, int index)
    {
        if ((uint)index >= (uint)Count || index >= matches.Length)
            throw new ArgumentOutOfRangeException(nameof(index), index, $"The schema has {Count} facts and the span {matches.Length} matches.");
        return matches[index];
    }

    // An output item without a "value" member reads as null.
    private static ReadOnlySpan<byte> ValueJson(ReadOnlySpan<byte> outputsJson, KognitosOutputMatch match) =>
        match.ValueLength == 0 ? "null"u8 : outputsJson.Slice(match.ValueStart, match.ValueLength);

    // Pass 1: exact names, compared as UTF-8 without allocating. Returns whether any fact is still unmatched.
    // An unescaped name (the usual case) is compared as raw bytes, which rejects most facts on length alone;
    // Utf8JsonReader.ValueTextEquals costs several times more per comparison, and there are outputs × facts of them.
    private bool MatchExact(ReadOnlySpan<byte> outputs, Span<KognitosOutputMatch> matches)
    {
        Span<byte> unescaped = stackalloc byte[StackNameBytes];
        var reader = new Utf8JsonReader(outputs);
        reader.Read();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (!ReadItem(ref reader, out var name, out var valueStart, out var valueLength))
                continue;
            var raw = name.ValueIsEscaped ? default : name.ValueSpan;
            var compareRaw = !name.ValueIsEscaped;
            if (name.ValueIsEscaped && name.ValueSpan.Length <= StackNameBytes)
            {
                raw = unescaped.Slice(0, name.CopyString(unescaped));
                compareRaw = true;
            }

            for (var i = 0; i < matches.Length; i++)
            {
                var state = matches[i].State;
                if (state is not (KognitosOutputMatchState.None or KognitosOutputMatchState.Exact))
                    continue;
                if (compareRaw ? raw.SequenceEqual(_exactUtf8[i]) : name.ValueTextEquals(_exactUtf8[i]))
                {
                    matches[i] = state == KognitosOutputMatchState.None
                        ? new KognitosOutputMatch(KognitosOutputMatchState.Exact, valueStart, valueLength)
                        : new KognitosOutputMatch(KognitosOutputMatchState.Ambiguous, 0, 0);
                }
            }
        }

        foreach (var match in matches)
        {
            if (match.State == KognitosOutputMatchState.None)
                return true;
        }

        return false;
    }

    // Pass 2, for facts without an exact match: normalised names. ASCII names are normalised on the stack; others
    // (and very long ones) through strings.
    private void MatchNormalized(ReadOnlySpan<byte> outputs, Span<KognitosOutputMatch> matches)
    {
        Span<byte> unescaped = stackalloc byte[StackNameBytes];
        Span<byte> normalized = stackalloc byte[StackNameBytes];
        var reader = new Utf8JsonReader(outputs);
        reader.Read();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (!ReadItem(ref reader, out var name, out var valueStart, out var valueLength))
                continue;

            var normalizedLength = NormalizeOnStack(ref name, unescaped, normalized);
            var normalizedText = normalizedLength < 0 ? KognitosFactNames.Normalize(name.GetString()!) : null;
            for (var i = 0; i < matches.Length; i++)
            {
                var state = matches[i].State;
                if (state is not (KognitosOutputMatchState.None or KognitosOutputMatchState.Normalized))
                    continue;
                var equal = normalizedText is null
                    ? normalized.Slice(0, normalizedLength).SequenceEqual(_normalizedUtf8[i])
                    : string.Equals(normalizedText, _normalized[i], StringComparison.Ordinal);
                if (equal)
                {
                    matches[i] = state == KognitosOutputMatchState.None
                        ? new KognitosOutputMatch(KognitosOutputMatchState.Normalized, valueStart, valueLength)
                        : new KognitosOutputMatch(KognitosOutputMatchState.Ambiguous, 0, 0);
                }
            }
        }
    }

    private static int NormalizeOnStack(ref Utf8JsonReader name, Span<byte> unescaped, Span<byte> normalized)
    {
        var raw = name.ValueSpan;
        if (raw.Length > StackNameBytes)
            return -1;
        if (name.ValueIsEscaped)
            raw = unescaped.Slice(0, name.CopyString(unescaped));
        return KognitosFactNames.NormalizeAscii(raw, normalized);
    }

    // The error path of an ambiguous fact: the names of every output that matched, exactly if several did so,
    // else by normalised name.
    private List<string> Candidates(ReadOnlySpan<byte> outputs, int index)
    {
        var exact = new List<string>();
        var loose = new List<string>();
        var reader = new Utf8JsonReader(outputs);
        reader.Read();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (!ReadItem(ref reader, out var nameReader, out _, out _))
                continue;
            var name = nameReader.GetString()!;
            if (string.Equals(name, _factNames[index], StringComparison.Ordinal))
                exact.Add(name);
            else if (string.Equals(KognitosFactNames.Normalize(name), _normalized[index], StringComparison.Ordinal))
                loose.Add(name);
        }

        return exact.Count > 1 ? exact : loose;
    }

    /// <summary>
    /// Reads one outputs item, from its first token to its last. True when it is an object with a string "name";
    /// then <paramref name="name"/> is a copy of the reader on that string, and the value's position is given
    /// (length 0 when there is no "value" member). Members may come in any order; others are skipped.
    /// </summary>
    private static bool ReadItem(ref Utf8JsonReader reader, out Utf8JsonReader name, out int valueStart, out int valueLength)
    {
        name = default;
        valueStart = 0;
        valueLength = 0;
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            reader.Skip();
            return false;
        }

        var hasName = false;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("name"u8))
            {
                reader.Read();
                hasName = reader.TokenType == JsonTokenType.String;
                if (hasName)
                    name = reader;
                else
                    reader.Skip();
            }
            else if (reader.ValueTextEquals("value"u8))
            {
                reader.Read();
                valueStart = checked((int)reader.TokenStartIndex);
                reader.Skip();
                valueLength = checked((int)reader.BytesConsumed) - valueStart;
            }
            else
            {
                reader.Read();
                reader.Skip();
            }
        }

        return hasName;
    }

    /// <summary>The outputs array's JSON: sliced out of the response body, or written from <see cref="KognitosRun.Outputs"/>.</summary>
    private static ReadOnlySpan<byte> OutputsJson(KognitosRun run)
    {
        var body = run.RawUtf8.Span;
        if (!body.IsEmpty && TryFindOutputs(body, out var outputs))
            return outputs;
        return WriteOutputs(run.Outputs);
    }

    // Finds the top-level "outputs" member of the body: an array is sliced out, null means no outputs. False when
    // the body has no such member or is not an object.
    private static bool TryFindOutputs(ReadOnlySpan<byte> body, out ReadOnlySpan<byte> outputs)
    {
        outputs = default;
        if (body.Length >= 3 && body[0] == 0xEF && body[1] == 0xBB && body[2] == 0xBF)
            body = body.Slice(3); // a UTF-8 byte order mark
        try
        {
            var reader = new Utf8JsonReader(body);
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
                return false;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var isOutputs = reader.ValueTextEquals("outputs"u8);
                reader.Read();
                if (!isOutputs)
                {
                    reader.Skip();
                    continue;
                }

                if (reader.TokenType == JsonTokenType.Null)
                {
                    outputs = "[]"u8;
                    return true;
                }

                if (reader.TokenType != JsonTokenType.StartArray)
                    return false;
                var start = checked((int)reader.TokenStartIndex);
                reader.Skip();
                outputs = body.Slice(start, checked((int)reader.BytesConsumed) - start);
                return true;
            }

            return false;
        }
        catch (JsonException)
        {
            return false;
        }
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

    private static string Utf8Text(ReadOnlySpan<byte> utf8)
    {
#if NETSTANDARD2_0
        return Encoding.UTF8.GetString(utf8.ToArray());
#else
        return Encoding.UTF8.GetString(utf8);
#endif
    }
}
