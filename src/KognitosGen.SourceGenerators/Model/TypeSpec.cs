namespace KognitosGen.SourceGenerators.Model;

// Must stay immutable and structurally equatable: generator caching compares models by value.

/// <summary>A property or element type, as the emitter needs it.</summary>
/// <param name="TypeName">The type without a top-level nullable marker, fully qualified with <c>global::</c>.</param>
/// <param name="Kind">How it is written and read.</param>
/// <param name="IsNullable">A <c>Nullable&lt;T&gt;</c>, or a reference type annotated with <c>?</c>.</param>
/// <param name="IsValueType">Whether <see cref="TypeName"/> is a value type.</param>
/// <param name="DisplayName">The C# spelling users know, for messages, e.g. <c>List&lt;int&gt;?</c>.</param>
/// <param name="Shape">What a collection or dictionary is built as.</param>
/// <param name="Element">The element (collections) or value (dictionaries) type.</param>
internal sealed record TypeSpec(
    string TypeName,
    ValueKind Kind,
    bool IsNullable,
    bool IsValueType,
    string DisplayName,
    CollectionShape Shape = CollectionShape.None,
    TypeSpec? Element = null);
