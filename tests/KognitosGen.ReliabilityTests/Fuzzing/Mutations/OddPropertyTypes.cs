namespace KognitosGen.ReliabilityTests.Fuzzing.Mutations;

/// <summary>Property types the generator must classify or refuse without failing: unsupported, erroneous, exotic and deep ones.</summary>
public static class OddPropertyTypes
{
    public static IReadOnlyList<string> All { get; } =
    [
        "object", "object?", "dynamic", "int*", "delegate*<void>", "System.Action", "System.Func<int>", "int[,]", "int[][,]", "int[,][]",
        "List<List<int?>[]>", "Dictionary<int, string>", "Dictionary<string, object>", "Dictionary<string, dynamic>", "UndefinedType",
        "UndefinedType[]", "List<UndefinedType>", "KognitosFile", "KognitosFile[]", "List<KognitosFile>?", "KognitosFile[][]",
        "Dictionary<string, KognitosFile>", "T", "List<T>", "(int, string)", "(int A, string B)?", "System.Span<int>", "System.ReadOnlySpan<char>",
        "ref int", "ref readonly string", "int?[]?", "Nullable<Nullable<int>>", "List<>", "Dictionary<,>", "System.Collections.ArrayList",
        "HashSet<int>", "Queue<string>", "IAsyncEnumerable<int>", "System.Threading.Tasks.Task<int>", "System.Lazy<int>", "KognitosStage",
        "KognitosStage?", "KognitosStage[]", "System.Uri?", "System.Text.Json.JsonElement?", "System.Text.Json.Nodes.JsonNode", "void", "var",
        "nint", "nuint", "System.Int128", "System.Half", "char", "byte[]", "System.Memory<byte>", "System.DayOfWeek?", "System.StringComparison[]",
        "IReadOnlyDictionary<string, IReadOnlyList<Dictionary<string, int?[]>>>", "string[][][][][][][][][][][][]",
        "global::System.Collections.Generic.List<global::System.String>", "System.Collections.Generic.IList<System.DateOnly?>",
        "KognitosGen.KognitosProcessAttribute", "KognitosGen.IKognitosProcess", "System.Nullable<System.Guid>", "int? ?", "string??",
        "System.Collections.Generic.KeyValuePair<string, int>", "System.Collections.Immutable.ImmutableArray<int>", "System.Text.Json.JsonDocument",
        Deep("List<", ">", "int", 64), Deep("Dictionary<string, ", ">", "string", 48), Deep("", "[]", "decimal", 100), Deep("", "?", "int", 5),
    ];

    private static string Deep(string open, string close, string core, int depth) =>
        string.Concat(Enumerable.Repeat(open, depth)) + core + string.Concat(Enumerable.Repeat(close, depth));
}
