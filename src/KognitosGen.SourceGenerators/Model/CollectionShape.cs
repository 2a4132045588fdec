namespace KognitosGen.SourceGenerators.Model;

/// <summary>What a collection or dictionary is built as when read.</summary>
internal enum CollectionShape
{
    None,

    /// <summary>A <c>T[]</c>.</summary>
    Array,

    /// <summary>A <c>List&lt;T&gt;</c>, also given for the interfaces it implements.</summary>
    List,

    /// <summary>A <c>Dictionary&lt;string, T&gt;</c>, also given for the interfaces it implements.</summary>
    Dictionary,
}
