using System;
using System.Collections;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Text.Json;
using KognitosGen.Binding;

namespace KognitosGen.Wire;

/// <summary>
/// Stands for a run's outputs that were checked but not yet turned into <see cref="KognitosNameValue"/>s: they are
/// read from the run's raw body when first asked for. Typed binding reads the body itself, starting where the
/// outputs array was seen, and never asks.
/// </summary>
internal sealed class LazyOutputs : IReadOnlyList<KognitosNameValue>
{
    private LazyOutputs(int start, OutputItemIndex items)
    {
        Start = start;
        Items = items;
    }

    /// <summary>Where the outputs array starts in the run's own JSON (its <see cref="KognitosRun.RawUtf8"/>).</summary>
    public int Start { get; }

    /// <summary>Where each item's name and value lie in that JSON.</summary>
    public OutputItemIndex Items { get; }

    public int Count => 0;

    public KognitosNameValue this[int index] => throw new ArgumentOutOfRangeException(nameof(index));

    public IEnumerator<KognitosNameValue> GetEnumerator() => ((IEnumerable<KognitosNameValue>)Array.Empty<KognitosNameValue>()).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>
    /// Reads an outputs array without building it: checks it has the shape a list of <see cref="KognitosNameValue"/>
    /// needs (so a bad body still fails when the run is read) and keeps where it starts and where its items lie,
    /// counted from <paramref name="origin"/>, where the run's own JSON starts in what <paramref name="reader"/> reads.
    /// </summary>
    public static LazyOutputs Read(ref Utf8JsonReader reader, int origin)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
            throw new JsonException($"\"outputs\" is a {reader.TokenType}, not an array.");
        var start = checked((int)reader.TokenStartIndex) - origin;
        // The usual run has a dozen outputs or fewer: gathered on the stack, the index is made once at its size.
        var items = new OutputItemIndexBuilder(stackalloc int[StackItems * OutputItemIndexBuilder.EntriesPerItem]);
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (reader.TokenType == JsonTokenType.Null)
                continue;
            if (reader.TokenType != JsonTokenType.StartObject)
                throw new JsonException($"An item of \"outputs\" is a {reader.TokenType}, not an object.");
            if (ReadItem(ref reader, origin, out var item))
                items.Add(item.NameStart, item.NameLength, item.NameEscaped, item.ValueStart, item.ValueLength);
        }

        return new LazyOutputs(start, items.ToIndex());
    }

    private const int StackItems = 16;

    private enum ItemMember
    {
        Other,
        Name,
        Value,
    }

    // An item's member names are almost always plain "name" and "value": compared as bytes, by length first.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ItemMember MemberOf(ref Utf8JsonReader reader)
    {
        if (reader.ValueIsEscaped)
            return EscapedMemberOf(ref reader);
        var name = reader.ValueSpan;
        return name.Length switch
        {
            4 when name.SequenceEqual("name"u8) => ItemMember.Name,
            5 when name.SequenceEqual("value"u8) => ItemMember.Value,
            _ => ItemMember.Other,
        };
    }

    private static ItemMember EscapedMemberOf(ref Utf8JsonReader reader) =>
        reader.ValueTextEquals("name"u8) ? ItemMember.Name : reader.ValueTextEquals("value"u8) ? ItemMember.Value : ItemMember.Other;

    // One item: its last string "name" and its first "value" go into the index; members may come in any order.
    // False for an item without a string name (binding never matches it).
    private static bool ReadItem(
        ref Utf8JsonReader reader, int origin, out (int NameStart, int NameLength, bool NameEscaped, int ValueStart, int ValueLength) item)
    {
        int nameStart = -1, nameLength = 0, valueStart = 0, valueLength = 0;
        bool nameEscaped = false, hasValue = false;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var member = MemberOf(ref reader);
            reader.Read();
            if (member == ItemMember.Name)
            {
                if (reader.TokenType is not (JsonTokenType.String or JsonTokenType.Null))
                    throw new JsonException($"The \"name\" of an item of \"outputs\" is a {reader.TokenType}, not a string.");
                nameStart = reader.TokenType == JsonTokenType.String ? checked((int)reader.TokenStartIndex) + 1 - origin : -1;
                nameLength = reader.ValueSpan.Length;
                nameEscaped = reader.ValueIsEscaped;
            }
            else if (member == ItemMember.Value && !hasValue)
            {
                hasValue = true;
                var at = checked((int)reader.TokenStartIndex);
                JsonValueSkipper.Skip(ref reader);
                valueLength = checked((int)reader.BytesConsumed) - at;
                valueStart = at - origin;
            }
            else
            {
                JsonValueSkipper.Skip(ref reader);
            }
        }

        item = (nameStart, nameLength, nameEscaped, valueStart, valueLength);
        return nameStart >= 0;
    }
}
