using System;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json;

namespace KognitosGen.Binding;

/// <summary>
/// A converter for one scalar type, made of a <see cref="KognitosValueReaders"/> reader, a writer, and optionally a
/// <see cref="JsonText"/> reader for the value's common shapes.
/// </summary>
internal sealed class ScalarConverter<T> : KognitosValueConverter<T>
{
    public delegate bool Reader(ref Utf8JsonReader reader, [MaybeNullWhen(false)] out T value);

    public delegate bool TextReader(ReadOnlySpan<byte> json, [MaybeNullWhen(false)] out T value);

    private readonly Reader _read;
    private readonly Action<Utf8JsonWriter, T> _write;
    private readonly TextReader? _readText;

    public ScalarConverter(Reader read, Action<Utf8JsonWriter, T> write, TextReader? readText = null)
    {
        _read = read;
        _write = write;
        _readText = readText;
    }

    public override bool TryRead(ref Utf8JsonReader reader, [MaybeNullWhen(false)] out T value) => _read(ref reader, out value);

    internal override bool TryReadJson(ReadOnlySpan<byte> json, [MaybeNullWhen(false)] out T value) =>
        (_readText is not null && _readText(json, out value)) || base.TryReadJson(json, out value);

    public override void Write(Utf8JsonWriter writer, T value)
    {
        if (writer is null)
            throw new ArgumentNullException(nameof(writer));
        _write(writer, value);
    }
}
