using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Text.Json;

namespace KognitosGen.Binding;

/// <summary>
/// The input facts of one process class, their names encoded once, and the one method generated code writes each
/// input with. Built once per process class and kept in a static field.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class KognitosInputSchema
{
    private static readonly JsonEncodedText NameProperty = JsonEncodedText.Encode("name");
    private static readonly JsonEncodedText ValueProperty = JsonEncodedText.Encode("value");

    private readonly JsonEncodedText[] _names;

    /// <summary>Describes the input facts of a process class.</summary>
    /// <param name="factNames">The fact names, in declaration order.</param>
    public KognitosInputSchema(string[] factNames)
    {
        if (factNames is null)
            throw new ArgumentNullException(nameof(factNames));
        var names = (string[])factNames.Clone();
        _names = new JsonEncodedText[names.Length];
        for (var i = 0; i < names.Length; i++)
            _names[i] = JsonEncodedText.Encode(names[i] ?? throw new ArgumentException($"Fact name {i} is null.", nameof(factNames)));
        FactNames = Array.AsReadOnly(names);
    }

    /// <summary>The number of input facts.</summary>
    public int Count => _names.Length;

    /// <summary>The fact names, in declaration order (generated code gives the process descriptor these).</summary>
    public IReadOnlyList<string> FactNames { get; }

    /// <summary>
    /// Writes <c>{"name": ..., "value": ...}</c> for the input at <paramref name="index"/> into the open
    /// <c>inputs</c> array; nothing for a null value, which Kognitos would not accept as a fact.
    /// </summary>
    /// <typeparam name="T">The property type.</typeparam>
    /// <param name="writer">A writer positioned inside the <c>inputs</c> array.</param>
    /// <param name="index">The input's position in the schema.</param>
    /// <param name="value">The property's value.</param>
    /// <param name="converter">The converter for the property type.</param>
    public void Write<T>(Utf8JsonWriter writer, int index, T value, KognitosValueConverter<T> converter)
    {
        if (writer is null)
            throw new ArgumentNullException(nameof(writer));
        if (converter is null)
            throw new ArgumentNullException(nameof(converter));
        if (value is null)
            return;
        writer.WriteStartObject();
        writer.WriteString(NameProperty, _names[index]);
        writer.WritePropertyName(ValueProperty);
        var before = writer.BytesCommitted + writer.BytesPending;
        converter.Write(writer, value);
        // The client's writer skips structural checks: a converter that wrote nothing (a user type's JSON converter,
        // say) would otherwise leave a property without a value in the body sent.
        if (writer.BytesCommitted + writer.BytesPending == before)
            throw new InvalidOperationException($"The converter for the input '{FactNames[index]}' wrote no value.");
        writer.WriteEndObject();
    }

    /// <summary>Writes a nullable value input through the converter of its underlying type; nothing when it is null.</summary>
    /// <typeparam name="T">The underlying value type.</typeparam>
    /// <param name="writer">A writer positioned inside the <c>inputs</c> array.</param>
    /// <param name="index">The input's position in the schema.</param>
    /// <param name="value">The property's value.</param>
    /// <param name="converter">The converter for the underlying type.</param>
    public void Write<T>(Utf8JsonWriter writer, int index, T? value, KognitosValueConverter<T> converter)
        where T : struct
    {
        if (value is { } present)
            Write(writer, index, present, converter);
        else if (writer is null)
            throw new ArgumentNullException(nameof(writer));
    }
}
