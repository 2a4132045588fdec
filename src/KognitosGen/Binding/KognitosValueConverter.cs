using System;
using System.ComponentModel;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using System.Text.Json;

namespace KognitosGen.Binding;

/// <summary>
/// Reads and writes values of one type the way Kognitos facts carry them. Generated code holds one per property
/// type, built from <see cref="KognitosConverters"/>; composite types (lists, dictionaries, nullables) are built by
/// composing the converters of their parts, so no conversion logic is generated per class.
/// </summary>
/// <typeparam name="T">The type read and written.</typeparam>
/// <remarks>
/// <para>This API is for use by the output of the KognitosGen source generator and should not be called directly.</para>
/// Reading follows the contract of <see cref="KognitosValueReaders"/>: the reader starts on the value's first token and,
/// after a successful read, is left on its last token. A failed read returns false and never throws; it may leave
/// the reader anywhere inside the value.
/// </remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public abstract class KognitosValueConverter<T>
{
    /// <summary>Reads one value, leniently.</summary>
    /// <param name="reader">The reader, on the value's first token.</param>
    /// <param name="value">The value, when read.</param>
    /// <returns>Whether the value could be read as <typeparamref name="T"/>.</returns>
    public abstract bool TryRead(ref Utf8JsonReader reader, [MaybeNullWhen(false)] out T value);

    /// <summary>
    /// Reads one value from its JSON text, as <see cref="TryRead"/> would from a reader on it: how a run's outputs
    /// are bound from the index the client made of them. Converters of scalars read the common shapes straight from
    /// the text; a reader is made only for the others.
    /// </summary>
    /// <param name="json">One whole JSON value, already known to be well formed.</param>
    /// <param name="value">The value, when read.</param>
    /// <returns>Whether the value could be read as <typeparamref name="T"/>.</returns>
    internal virtual bool TryReadJson(ReadOnlySpan<byte> json, [MaybeNullWhen(false)] out T value) => TryReadThroughReader(json, out value);

    // Never inlined: a reader's room on the stack is cleared on every call of whatever holds it, and the binder
    // calls this once per value; only the values the text readers leave (lists, dictionaries, odd shapes) come here.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private bool TryReadThroughReader(ReadOnlySpan<byte> json, [MaybeNullWhen(false)] out T value)
    {
        var reader = new Utf8JsonReader(json);
        reader.Read();
        return TryRead(ref reader, out value);
    }

    /// <summary>Writes one value, with no property name.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The value; null only for converters that accept it.</param>
    public abstract void Write(Utf8JsonWriter writer, T value);
}
