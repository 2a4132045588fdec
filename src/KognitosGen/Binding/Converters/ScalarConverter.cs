using System;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json;

namespace KognitosGen.Binding;

/// <summary>A converter for one scalar type, made of a <see cref="KognitosRead"/> reader and a writer.</summary>
internal sealed class ScalarConverter<T> : KognitosValueConverter<T>
{
    public delegate bool Reader(ref Utf8JsonReader reader, [MaybeNullWhen(false)] out T value);

    private readonly Reader _read;
    private readonly Action<Utf8JsonWriter, T> _write;

    public ScalarConverter(Reader read, Action<Utf8JsonWriter, T> write)
    {
        _read = read;
        _write = write;
    }

    public override bool TryRead(ref Utf8JsonReader reader, [MaybeNullWhen(false)] out T value) => _read(ref reader, out value);

    public override void Write(Utf8JsonWriter writer, T value)
    {
        if (writer is null)
            throw new ArgumentNullException(nameof(writer));
        _write(writer, value);
    }
}
