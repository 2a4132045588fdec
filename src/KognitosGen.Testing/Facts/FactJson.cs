using System;
using System.Buffers;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using KognitosGen.Binding;

namespace KognitosGen.Testing;

/// <summary>
/// Fact values to and from JSON through the converters generated code uses (<see cref="KognitosConverters"/>), picked
/// by property type, so what a test scripts is written as a real run's inputs would be, and read as outputs would bind.
/// Reflection is fine here: this is test code, and the runtime stays reflection-free.
/// </summary>
internal static class FactJson
{
    private static readonly Dictionary<Type, string> Scalars = new()
    {
        [typeof(string)] = nameof(KognitosConverters.String),
        [typeof(bool)] = nameof(KognitosConverters.Boolean),
        [typeof(byte)] = nameof(KognitosConverters.Byte),
        [typeof(sbyte)] = nameof(KognitosConverters.SByte),
        [typeof(short)] = nameof(KognitosConverters.Int16),
        [typeof(ushort)] = nameof(KognitosConverters.UInt16),
        [typeof(int)] = nameof(KognitosConverters.Int32),
        [typeof(uint)] = nameof(KognitosConverters.UInt32),
        [typeof(long)] = nameof(KognitosConverters.Int64),
        [typeof(ulong)] = nameof(KognitosConverters.UInt64),
        [typeof(float)] = nameof(KognitosConverters.Single),
        [typeof(double)] = nameof(KognitosConverters.Double),
        [typeof(decimal)] = nameof(KognitosConverters.Decimal),
        [typeof(DateTime)] = nameof(KognitosConverters.DateTime),
        [typeof(DateTimeOffset)] = nameof(KognitosConverters.DateTimeOffset),
        [typeof(TimeSpan)] = nameof(KognitosConverters.TimeSpan),
        [typeof(Guid)] = nameof(KognitosConverters.Guid),
        [typeof(Uri)] = nameof(KognitosConverters.Uri),
        [typeof(JsonElement)] = nameof(KognitosConverters.JsonElement),
        [typeof(DateOnly)] = nameof(KognitosConverters.DateOnly),
        [typeof(TimeOnly)] = nameof(KognitosConverters.TimeOnly),
    };

    private static readonly ConcurrentDictionary<(Type, JsonSerializerContext?), object> Converters = new();

    // A writer per type, made once: finding and invoking the generic method by reflection at every write was most
    // of scripting an output.
    private static readonly ConcurrentDictionary<Type, Func<object, object, JsonNode?>> Writers = new();

    /// <summary>Writes <paramref name="value"/> for <paramref name="fact"/> as JSON; null as JSON null.</summary>
    public static JsonNode? Write(Fact fact, object? value, JsonSerializerContext? context)
    {
        if (value is null)
            return null;
        var type = WriteType(fact, ref value);
        var write = Writers.GetOrAdd(type, static type => typeof(TypedWriter<>).MakeGenericType(type)
            .GetMethod(nameof(TypedWriter<object>.Write))!.CreateDelegate<Func<object, object, JsonNode?>>());
        return write(ConverterFor(type, context), value);
    }

    private static class TypedWriter<T>
    {
        public static JsonNode? Write(object converter, object value) => WriteWith((KognitosValueConverter<T>)converter, value);
    }

    /// <summary>Reads <paramref name="json"/> as the type of <paramref name="fact"/>, leniently as output binding does.</summary>
    public static object? Read(Fact fact, JsonElement json, JsonSerializerContext? context)
    {
        if (json.ValueKind == JsonValueKind.Null && (!fact.Type.IsValueType || Nullable.GetUnderlyingType(fact.Type) is not null))
            return null;
        var read = typeof(FactJson).GetMethod(nameof(ReadWith), BindingFlags.NonPublic | BindingFlags.Static)!.MakeGenericMethod(fact.Type);
        return Invoke(read, ConverterFor(fact.Type, context), json, fact);
    }

    /// <summary>The property's type when the value fits it; a number of another numeric type is converted.</summary>
    private static Type WriteType(Fact fact, ref object value)
    {
        var target = Nullable.GetUnderlyingType(fact.Type) ?? fact.Type;
        if (target.IsInstanceOfType(value))
            return target;
        if (value is IConvertible && (target.IsPrimitive || target == typeof(decimal)))
        {
            try
            {
                value = Convert.ChangeType(value, target, CultureInfo.InvariantCulture);
                return target;
            }
            catch (Exception exception) when (exception is InvalidCastException or FormatException or OverflowException)
            {
                throw Mismatch(fact, value, exception);
            }
        }

        // A list for an array property, say: written as its own type gives the same JSON.
        if (IsCollection(target) && IsCollection(value.GetType()))
            return value.GetType();
        throw Mismatch(fact, value, null);
    }

    private static ArgumentException Mismatch(Fact fact, object value, Exception? inner) => new(
        $"'{fact.Name}' ({fact.PropertyName}) is a {fact.Type.Name}; a {value.GetType().Name} ({value}) cannot be written as one.", inner);

    private static bool IsCollection(Type type) => type != typeof(string) && type.IsAssignableTo(typeof(System.Collections.IEnumerable));

    private static object? Invoke(MethodInfo method, params object?[] arguments)
    {
        try
        {
            return method.Invoke(null, arguments);
        }
        catch (TargetInvocationException exception) when (exception.InnerException is { } inner)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(inner).Throw();
            throw;
        }
    }

    private static JsonNode? WriteWith<T>(KognitosValueConverter<T> converter, object value)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
            converter.Write(writer, (T)value);
        return JsonNode.Parse(buffer.WrittenSpan);
    }

    private static object? ReadWith<T>(KognitosValueConverter<T> converter, JsonElement json, Fact fact)
    {
        var bytes = JsonSerializer.SerializeToUtf8Bytes(json, KitJsonContext.Default.JsonElement);
        var reader = new Utf8JsonReader(bytes);
        reader.Read();
        return converter.TryRead(ref reader, out var value)
            ? value
            : throw new FormatException($"'{fact.Name}' ({fact.PropertyName}) was sent as {json.GetRawText()}, which does not read as a {typeof(T).Name}.");
    }

    private static object ConverterFor(Type type, JsonSerializerContext? context) =>
        Converters.GetOrAdd((type, context), static key => Build(key.Item1, key.Item2));

    private static object Build(Type type, JsonSerializerContext? context)
    {
        if (Scalars.TryGetValue(type, out var name))
            return typeof(KognitosConverters).GetProperty(name)!.GetValue(null)!;
        if (type.IsEnum)
            return Call(nameof(KognitosConverters.Enum), [type]);
        if (Nullable.GetUnderlyingType(type) is { } underlying)
            return Call(nameof(KognitosConverters.Nullable), [underlying], Build(underlying, context));
        if (type.IsArray && type.GetElementType() is { } element)
            return Call(nameof(KognitosConverters.Array), [element], Build(element, context));
        if (ItemOf(type, typeof(KeyValuePair<,>)) is { } pair && pair.GetGenericArguments()[0] == typeof(string))
        {
            var valueType = pair.GetGenericArguments()[1];
            return Call(nameof(KognitosConverters.Dictionary), [type, valueType], Build(valueType, context));
        }

        if (type != typeof(string) && ItemOf(type, null) is { } item)
            return Call(nameof(KognitosConverters.List), [type, item], Build(item, context));
        if (context is not null)
            return Call(nameof(KognitosConverters.User), [type], context);
        throw new NotSupportedException(
            $"No KognitosGen converter for {type.Name}; a user type needs [KognitosProcess(..., JsonContext = typeof(YourJsonContext))].");
    }

    /// <summary>The T of the IEnumerable&lt;T&gt; <paramref name="type"/> is; with <paramref name="shape"/>, only when T is of that generic shape.</summary>
    private static Type? ItemOf(Type type, Type? shape)
    {
        var enumerables = (type.IsInterface ? type.GetInterfaces().Append(type) : type.GetInterfaces())
            .Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>))
            .Select(i => i.GetGenericArguments()[0]);
        return enumerables.FirstOrDefault(t => shape is null || t.IsGenericType && t.GetGenericTypeDefinition() == shape);
    }

    private static object Call(string method, Type[] typeArguments, params object[] arguments) =>
        typeof(KognitosConverters).GetMethods().Single(m => m.Name == method && m.GetGenericArguments().Length == typeArguments.Length)
            .MakeGenericMethod(typeArguments).Invoke(null, arguments)!;
}
