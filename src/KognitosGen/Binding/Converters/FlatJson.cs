using System;

namespace KognitosGen.Binding;

/// <summary>
/// Goes over the elements of one well-formed JSON array or object whose elements are all scalars, from its text:
/// how list and dictionary converters read a value found through the client's index without making a reader (an
/// output's value was checked by the reader that read the run). Anything it does not decide (a nested array or
/// object, a key with escapes, text that is not as expected) makes it stop, and the caller reads the value with a
/// reader, which then decides everything, failures included.
/// </summary>
internal ref struct FlatJson
{
    private readonly ReadOnlySpan<byte> _json;
    private readonly byte _close;
    private int _at;
    private bool _first;

    private FlatJson(ReadOnlySpan<byte> json, byte close)
    {
        _json = json;
        _close = close;
        _at = 1;
        _first = true;
    }

    /// <summary>Starts on an array's text; false when <paramref name="json"/> is not one.</summary>
    public static bool TryArray(ReadOnlySpan<byte> json, out FlatJson elements) => TryStart(json, (byte)'[', (byte)']', out elements);

    /// <summary>Starts on an object's text; false when <paramref name="json"/> is not one.</summary>
    public static bool TryObject(ReadOnlySpan<byte> json, out FlatJson members) => TryStart(json, (byte)'{', (byte)'}', out members);

    private static bool TryStart(ReadOnlySpan<byte> json, byte open, byte close, out FlatJson elements)
    {
        elements = new FlatJson(json, close);
        return json.Length >= 2 && json[0] == open && json[json.Length - 1] == close;
    }

    /// <summary>
    /// The next element's text (with a key, between its quotes, for an object's member). False, with
    /// <paramref name="stop"/> true, when the text cannot be read here; false otherwise at the end.
    /// </summary>
    public bool TryNext(out ReadOnlySpan<byte> key, out ReadOnlySpan<byte> value, out bool stop)
    {
        key = default;
        value = default;
        stop = true;
        SkipWhiteSpace();
        if (_at >= _json.Length)
            return false;
        if (_json[_at] == _close)
        {
            stop = false;
            return false;
        }

        if (!_first)
        {
            if (_json[_at] != (byte)',')
                return false;
            _at++;
            SkipWhiteSpace();
        }

        _first = false;
        if (_close == (byte)'}')
        {
            // A key: a plain string, then a colon.
            if (!TryString(out var keyEnd, out var escaped) || escaped)
                return false;
            key = _json.Slice(_at + 1, keyEnd - _at - 1);
            _at = keyEnd + 1;
            SkipWhiteSpace();
            if (_at >= _json.Length || _json[_at] != (byte)':')
                return false;
            _at++;
            SkipWhiteSpace();
        }

        if (!TryScalar(out var end))
            return false;
        value = _json.Slice(_at, end - _at);
        _at = end;
        stop = false;
        return true;
    }

    // A string, a number or a literal: where it ends. Arrays and objects are left to the reader.
    private readonly bool TryScalar(out int end)
    {
        end = _at;
        if (_at >= _json.Length)
            return false;
        var first = _json[_at];
        if (first == (byte)'"')
        {
            if (!TryString(out var quote, out _))
                return false;
            end = quote + 1;
            return true;
        }

        if (first is (byte)'[' or (byte)'{')
            return false;
        // The text is well formed: a number or a literal runs to the next separator (short: a plain loop beats a
        // search for one of seven bytes).
        var at = _at;
        while (at < _json.Length && _json[at] is not ((byte)',' or (byte)']' or (byte)'}' or (byte)' ' or (byte)'\t' or (byte)'\n' or (byte)'\r'))
            at++;
        if (at == _at || at == _json.Length)
            return false;
        end = at;
        return true;
    }

    // The closing quote of the string that opens at the current position, stepping over escapes.
    private readonly bool TryString(out int quote, out bool escaped)
    {
        quote = -1;
        escaped = false;
        if (_at >= _json.Length || _json[_at] != (byte)'"')
            return false;
        var at = _at + 1;
        while (at < _json.Length)
        {
            var next = _json.Slice(at).IndexOfAny((byte)'"', (byte)'\\');
            if (next < 0)
                return false;
            at += next;
            if (_json[at] == (byte)'"')
            {
                quote = at;
                return true;
            }

            escaped = true;
            at += 2; // the backslash and the character it escapes (a \u escape's digits need no care)
        }

        return false;
    }

    private void SkipWhiteSpace()
    {
        while (_at < _json.Length && _json[_at] is (byte)' ' or (byte)'\t' or (byte)'\n' or (byte)'\r')
            _at++;
    }
}
