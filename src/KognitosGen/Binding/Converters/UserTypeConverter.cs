using System;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace KognitosGen.Binding;

/// <summary>
/// A user type through the metadata of a source-generated <see cref="JsonSerializerContext"/>, looked up on first
/// use so that a context without the type fails the bind or the write that needs it, with a message that says so.
/// </summary>
internal sealed class UserTypeConverter<T> : KognitosValueConverter<T>
{
    private readonly JsonSerializerContext _context;
    private JsonTypeInfo<T>? _typeInfo;

    public UserTypeConverter(JsonSerializerContext context) => _context = context ?? throw new ArgumentNullException(nameof(context));

    private JsonTypeInfo<T> TypeInfo => _typeInfo ??= KognitosValueReaders.TypeInfo<T>(_context);

    public override bool TryRead(ref Utf8JsonReader reader, [MaybeNullWhen(false)] out T value)
    {
        var found = KognitosValueReaders.TryUser(ref reader, TypeInfo, out var read);
        value = read!;
        return found;
    }

    public override void Write(Utf8JsonWriter writer, T value) => KognitosValueWriters.User(writer, value, TypeInfo);
}
