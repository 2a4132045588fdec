using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;

namespace KognitosGen.Binding;

/// <summary>
/// One pass over a run's outputs that stops on the value of each fact of a <see cref="KognitosOutputSchema"/>, so
/// generated code reads it in place with its converter; what generated <c>BindOutputs</c> methods loop over.
/// </summary>
/// <remarks>
/// <para>This API is for use by the output of the KognitosGen source generator and should not be called directly.</para>
/// The first pass matches exact names, compared as UTF-8 against the names known at compile time. Only when a fact
/// was not found exactly does a second pass look for normalised names. A fact matched twice is ambiguous (its
/// value is not used). <see cref="ThrowIfErrors"/> then reports every missing, ambiguous and unreadable fact at once,
/// in the schema's order, so generated code assigns properties only when the whole bind succeeds.
/// </remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public ref struct KognitosOutputReader
{
    // Per-fact state bits.
    private const byte Found = 1;
    private const byte Loose = 2;
    private const byte Ambiguous = 4;
    private const byte Unreadable = 8;

    private readonly KognitosOutputSchema _schema;
    private readonly KognitosRun _run;
    private readonly ReadOnlySpan<byte> _outputs;
    private readonly Span<byte> _states;
    private readonly OutputItemIndex? _items;
    private readonly ReadOnlySpan<byte> _body;
    private Utf8JsonReader _reader;
    private ReadOnlySpan<byte> _detachedJson;
    private bool _useDetached;
    private bool _pending;
    private bool _inItem;
    private bool _loosePass;
    private bool _done;
    private int _fact;
    private int _guess;
    private int _item;
    private List<KeyValuePair<int, string>>? _unreadable;

    internal KognitosOutputReader(
        KognitosOutputSchema schema, KognitosRun run, ReadOnlySpan<byte> outputs, Span<byte> states, OutputItemIndex? items, ReadOnlySpan<byte> body)
    {
        _schema = schema;
        _run = run;
        _outputs = outputs;
        _states = states;
        _items = items;
        _body = body;
        _item = 0;
        _states.Clear();
        // Only the walk reads the array token by token; with an index the reader is never used.
        _reader = default;
        if (items is null)
        {
            _reader = new Utf8JsonReader(outputs);
            _reader.Read();
        }

        _detachedJson = default;
        _useDetached = false;
        _pending = false;
        _inItem = false;
        _loosePass = false;
        _done = false;
        _fact = -1;
        _guess = 0;
        _unreadable = null;
    }

    /// <summary>The schema index of the fact whose value the reader is on, after <see cref="MoveNext"/> returned true.</summary>
    public readonly int Fact => _fact;

    /// <summary>Moves to the value of the next fact found; false when every output has been seen.</summary>
    public bool MoveNext()
    {
        if (_done)
            return false;
        return _items is not null ? MoveNextIndexed(_items) : MoveNextWalk();
    }

    // The walk over the array token by token, for a run read without an index; kept out of the indexed path, whose
    // frame would otherwise hold (and clear on every call) the walk's state.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private bool MoveNextWalk()
    {
        if (_inItem)
        {
            if (_pending && !_useDetached)
                _reader.Skip();
            FinishItem();
        }

        _pending = false;
        _useDetached = false;
        _fact = -1;
        while (_reader.Read())
        {
            switch (_reader.TokenType)
            {
                case JsonTokenType.StartObject:
                    if (ReadItem())
                        return true;
                    break;
                case JsonTokenType.EndArray:
                    if (_loosePass || !AnyNotFound())
                    {
                        _done = true;
                        return false;
                    }

                    // Some fact has no exact match: go over the outputs again by normalised names.
                    _loosePass = true;
                    _reader = new Utf8JsonReader(_outputs);
                    _reader.Read();
                    break;
                default:
                    _reader.Skip();
                    break;
            }
        }

        _done = true;
        return false;
    }

    // The same walk over the index the client made while reading the run: each matched value is read from its text.
    private bool MoveNextIndexed(OutputItemIndex items)
    {
        _pending = false;
        _useDetached = false;
        _fact = -1;
        while (true)
        {
            if (_item == items.Count)
            {
                if (_loosePass || !AnyNotFound())
                {
                    _done = true;
                    return false;
                }

                _loosePass = true;
                _item = 0;
                continue;
            }

            var item = _item++;
            var fact = MatchIndexed(items, item);
            if (fact < 0 || !Accept(fact))
                continue;
            var (start, length) = items.Value(item);
            HandOut(fact, length > 0 ? _body.Slice(start, length) : "null"u8);
            return true;
        }
    }

    private int MatchIndexed(OutputItemIndex items, int item)
    {
        var (start, length, escaped) = items.Name(item);
        if (!escaped && !_loosePass)
            return _schema.FindExact(_body.Slice(start, length), _guess);
        return MatchThroughReader(start, length);
    }

    // Escaped or normalised: through a reader over the name's string token, as the walk does it. Never inlined: the
    // exact path would otherwise clear the reader's room on the stack for every item.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private int MatchThroughReader(int start, int length)
    {
        var name = new Utf8JsonReader(_body.Slice(start - 1, length + 2));
        name.Read();
        return Match(ref name);
    }

    /// <summary>Reads the current fact's value with <paramref name="converter"/>; when it cannot, the fact is reported as unreadable.</summary>
    /// <typeparam name="T">The property type.</typeparam>
    /// <param name="converter">The converter for the property type.</param>
    /// <param name="value">Receives the value when it could be read; left as it is otherwise.</param>
    public void ReadValue<T>(KognitosValueConverter<T> converter, scoped ref T value)
    {
        if (converter is null)
            throw new ArgumentNullException(nameof(converter));
        if (!_pending)
            throw new InvalidOperationException("There is no value to read: MoveNext did not stop on one, or it was read already.");
        _pending = false;

        if (_useDetached)
        {
            _useDetached = false;
            ReadDetached(converter, ref value);
            return;
        }

        ReadInPlace(converter, ref value);
    }

    // From the value's text, found through the client's index: the converters read the common shapes without a reader.
    private void ReadDetached<T>(KognitosValueConverter<T> converter, scoped ref T value)
    {
        if (converter.TryReadJson(_detachedJson, out var detached))
            value = detached;
        else
            MarkUnreadable(_detachedJson);
    }

    // With the walk's reader, where it stands. Never inlined, for the same reason as the walk itself.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private void ReadInPlace<T>(KognitosValueConverter<T> converter, scoped ref T value)
    {
        var start = checked((int)_reader.TokenStartIndex);
        var depth = _reader.CurrentDepth;
        if (converter.TryRead(ref _reader, out var read))
        {
            value = read;
            return;
        }

        SkipRestOfValue(start, depth);
        MarkUnreadable(_outputs.Slice(start, checked((int)_reader.BytesConsumed) - start));
    }

    /// <summary>Whether the fact's value was found once and read; after <see cref="ThrowIfErrors"/>, false only for an optional fact that is missing.</summary>
    /// <param name="fact">The fact's schema index.</param>
    public readonly bool IsBound(int fact) => (_states[fact] & (Found | Ambiguous | Unreadable)) == Found;

    /// <summary>
    /// Goes over any outputs not yet seen, then throws a <see cref="KognitosBindingException"/> listing every fact
    /// that is missing (and not optional), ambiguous or unreadable, when there is any.
    /// </summary>
    public void ThrowIfErrors()
    {
        while (MoveNext())
        {
        }

        var errors = default(KognitosBindingErrors);
        List<string>? returned = null; // read only on the error path, once
        for (var i = 0; i < _states.Length; i++)
        {
            var state = _states[i];
            if ((state & Ambiguous) != 0)
                errors.AddAmbiguous(_schema.FactName(i), _schema.ExpectedType(i), _schema.Candidates(returned ??= KognitosOutputSchema.OutputNames(_outputs), i));
            else if (state == 0 && !_schema.IsOptional(i))
                errors.AddMissing(_schema.FactName(i), _schema.ExpectedType(i), _schema.Nearest(returned ??= KognitosOutputSchema.OutputNames(_outputs), i));
            else if ((state & Unreadable) != 0)
                errors.AddUnconvertible(_schema.FactName(i), _schema.ExpectedType(i), UnreadableJson(i));
        }

        errors.ThrowIfAny(_run);
    }

    /// <summary>The outputs array's JSON the reader goes over, without what may follow it in the body; for tests.</summary>
    internal readonly ReadOnlySpan<byte> Json
    {
        get
        {
            var reader = new Utf8JsonReader(_outputs);
            reader.Read();
            reader.Skip();
            return _outputs.Slice(0, checked((int)reader.BytesConsumed));
        }
    }

    /// <summary>How the fact was found; for tests.</summary>
    internal readonly KognitosOutputMatchState StateOf(int fact)
    {
        var state = _states[fact];
        if ((state & Ambiguous) != 0)
            return KognitosOutputMatchState.Ambiguous;
        if ((state & Found) == 0)
            return KognitosOutputMatchState.None;
        return (state & Loose) != 0 ? KognitosOutputMatchState.Normalized : KognitosOutputMatchState.Exact;
    }

    /// <summary>
    /// Reads one outputs item from its start. Stops on the value, in place, when the item's name matches a fact and
    /// comes first (the usual shape); otherwise reads the whole item and, for a match, hands out its value, read
    /// from its text alone ("null" when the item has no value). Members may come in any order; others are skipped.
    /// </summary>
    private bool ReadItem()
    {
        var fact = -1;
        var named = false;
        var decided = false;
        var valueStart = -1;
        var valueLength = 0;
        while (_reader.Read() && _reader.TokenType == JsonTokenType.PropertyName)
        {
            if (_reader.ValueTextEquals("name"u8))
            {
                _reader.Read();
                named = _reader.TokenType == JsonTokenType.String;
                if (named)
                    fact = Match(ref _reader);
                else
                    _reader.Skip();
            }
            else if (_reader.ValueTextEquals("value"u8))
            {
                _reader.Read();
                if (named && !decided && valueStart < 0)
                {
                    decided = true;
                    if (fact >= 0 && Accept(fact))
                    {
                        _fact = fact;
                        _pending = true;
                        _inItem = true;
                        return true;
                    }
                }
                else if (valueStart < 0)
                {
                    valueStart = checked((int)_reader.TokenStartIndex);
                    _reader.Skip();
                    valueLength = checked((int)_reader.BytesConsumed) - valueStart;
                    continue;
                }

                _reader.Skip();
            }
            else
            {
                _reader.Read();
                _reader.Skip();
            }
        }

        if (decided || !named || fact < 0 || !Accept(fact))
            return false;
        HandOut(fact, valueStart >= 0 ? _outputs.Slice(valueStart, valueLength) : "null"u8);
        return true;
    }

    /// <summary>Makes <paramref name="json"/> the value to read for <paramref name="fact"/>, read from its text alone.</summary>
    private void HandOut(int fact, ReadOnlySpan<byte> json)
    {
        _detachedJson = json;
        _useDetached = true;
        _pending = true;
        _fact = fact;
    }

    /// <summary>Reads the rest of the item whose value was handed out, up to its end.</summary>
    private void FinishItem()
    {
        _inItem = false;
        while (_reader.Read() && _reader.TokenType == JsonTokenType.PropertyName)
        {
            _reader.Read();
            _reader.Skip();
        }
    }

    /// <summary>The fact a name token names: exactly in the first pass, normalised in the second; -1 for none.</summary>
    private int Match(ref Utf8JsonReader name)
    {
        if (_loosePass)
            return MatchNormalized(ref name);
        return name.ValueIsEscaped ? MatchEscaped(ref name) : _schema.FindExact(name.ValueSpan, _guess);
    }

    private int MatchEscaped(ref Utf8JsonReader name)
    {
        if (name.ValueSpan.Length > KognitosOutputSchema.StackNameBytes)
            return _schema.FindExact(Encoding.UTF8.GetBytes(name.GetString()!), _guess);
        Span<byte> unescaped = stackalloc byte[KognitosOutputSchema.StackNameBytes];
        return _schema.FindExact(unescaped.Slice(0, name.CopyString(unescaped)), _guess);
    }

    // ASCII names are normalised on the stack; others (and very long ones) through strings.
    private int MatchNormalized(ref Utf8JsonReader name)
    {
        if (name.ValueSpan.Length <= KognitosOutputSchema.StackNameBytes)
        {
            Span<byte> unescaped = stackalloc byte[KognitosOutputSchema.StackNameBytes];
            Span<byte> normalized = stackalloc byte[KognitosOutputSchema.StackNameBytes];
            ReadOnlySpan<byte> text = name.ValueIsEscaped ? unescaped.Slice(0, name.CopyString(unescaped)) : name.ValueSpan;
            var length = KognitosFactNames.NormalizeAscii(text, normalized);
            if (length >= 0)
                return _schema.FindNormalized(normalized.Slice(0, length));
        }

        return _schema.FindNormalized(KognitosFactNames.Normalize(name.GetString()!));
    }

    /// <summary>Records that an output matched <paramref name="fact"/>; true when its value is the one to read.</summary>
    private bool Accept(int fact)
    {
        ref var state = ref _states[fact];
        if (!_loosePass)
        {
            if (state != 0)
            {
                state |= Ambiguous;
                return false;
            }

            state = Found;
            _guess = fact + 1 == _states.Length ? 0 : fact + 1;
            return true;
        }

        // Facts matched exactly in the first pass are settled; only the others take normalised matches.
        if (state == 0)
        {
            state = Found | Loose;
            return true;
        }

        if ((state & Loose) != 0)
            state |= Ambiguous;
        return false;
    }

    private readonly bool AnyNotFound()
    {
        foreach (var state in _states)
        {
            if (state == 0)
                return true;
        }

        return false;
    }

    // After a failed read the reader may be anywhere inside the value: move it to the value's last token.
    private void SkipRestOfValue(int start, int depth)
    {
        if (_reader.TokenStartIndex == start)
        {
            _reader.Skip();
            return;
        }

        while (_reader.CurrentDepth > depth || _reader.TokenType is not (JsonTokenType.EndArray or JsonTokenType.EndObject))
        {
            if (!_reader.Read())
                return;
        }
    }

    private void MarkUnreadable(ReadOnlySpan<byte> json)
    {
        _states[_fact] |= Unreadable;
        (_unreadable ??= new List<KeyValuePair<int, string>>()).Add(new KeyValuePair<int, string>(_fact, KognitosBindingError.JsonExcerpt(json)));
    }

    private readonly string? UnreadableJson(int fact)
    {
        foreach (var pair in _unreadable ?? [])
        {
            if (pair.Key == fact)
                return pair.Value;
        }

        return null;
    }
}
