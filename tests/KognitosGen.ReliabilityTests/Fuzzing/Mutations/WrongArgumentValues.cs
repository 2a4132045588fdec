namespace KognitosGen.ReliabilityTests.Fuzzing.Mutations;

/// <summary>Attribute argument values of the wrong type or shape: numbers, typeof, null, arrays, casts, odd literals.</summary>
public static class WrongArgumentValues
{
    public static IReadOnlyList<string> All { get; } =
    [
        "42", "-1", "3.14", "1e308", "0x7FFFFFFF", "1m", "1L", "'c'", "true", "null", "default", "default(string)",
        "typeof(int)", "typeof(string[])", "typeof(List<>)", "typeof(void)", "typeof(KognitosStage)", "typeof(UndefinedType)",
        "typeof(Dictionary<string, int>)", "typeof(int*)", "typeof(KognitosProcessAttribute)", "typeof(System.Text.Json.Serialization.JsonSerializerContext)",
        "new[] { \"a\", \"b\" }", "new string[0]", "new object[] { 1, null }", "new int[] { 1 }", "new int[0][]", "new[] { typeof(int) }",
        "new KognitosStage[] { KognitosStage.Draft }", "new string[] { null }",
        "KognitosStage.Draft", "(KognitosStage)99", "(KognitosStage)(-1)", "(KognitosStage)int.MaxValue", "(KognitosStage)\"Draft\"",
        "\"\"", "\"   \"", "\"\\0\"", "nameof(System.String)", "\"a\" + \"b\"", "\"a\" + 1", "$\"x{1}\"", "$\"x\"", "@\"verbatim\"",
        "\"\"\"raw\"\"\"", "\"x\"u8", "(string)null", "(string?)null", "(object)\"x\"", "int.MaxValue", "double.NaN", "1 / 0",
        "undefinedIdentifier", "this", "x => x", "() => 1", "new()", "\"a\" is string", "checked(int.MaxValue + 1)", "(1, 2)",
        "\"\\uD800\"", "\"\\uDC00\\uD800\"", "\"\\U0001F9FE\"", "\"line\\nbreak\"", "\"the output \\u202Eevil\"",
    ];
}
