namespace KognitosGen.ReliabilityTests.Fuzzing.Mutations;

/// <summary>What token insertion puts into a source: C# punctuation and keywords, KognitosGen names and fragments, directives.</summary>
public static class InsertionTokens
{
    public static IReadOnlyList<string> All { get; } =
    [
        "[", "]", "(", ")", ",", "=", ";", ":", ".", "<", ">", "?", "!", "@", "\"", "'", "{", "}", "=>", "..", "::",
        "partial", "class", "record", "struct", "interface", "enum", "static", "abstract", "sealed", "public", "private",
        "internal", "protected", "namespace", "using", "new", "this", "base", "default", "global::", "required", "readonly",
        "params", "ref", "out", "in", "async", "await", "where T : class", "<T>", "int", "string?", "List<", "object",
        "\"the output x\"", "\"the output total\"", "\"\"", "\"   \"", "typeof(int)", "typeof(List<>)", "null", "42", "-1",
        "KognitosProcess", "KognitosInput", "KognitosOutput", "KognitosFile", "KognitosDefaults", "KognitosGen.", "KognitosStage.Draft",
        "[KognitosProcess(\"to fuzz\")]", "[KognitosOutput(\"the output x\")]", "[KognitosInput(\"x\")]", "[KognitosFile(\"f\")]",
        "[assembly: KognitosDefaults(AgentId = \"x\")]", "[property: KognitosInput(\"p\")]",
        "AgentId =", "ProcessId =", "Stage =", "JsonContext =", "AgentId = \"a\"", "Stage = (KognitosStage)7",
        "get;", "set;", "init;", "private set;", "get; private set;", "{ get; init; }",
        "/*", "*/", "//", "///", "$\"", "@\"", "\"\"\"", "\\", "'\\'", "\u0000", "\uD800", "\u202E",
        "\n#if DEBUG\n", "\n#endif\n", "\n#else\n", "\n#region r\n", "\n#endregion\n", "\n#pragma warning disable\n",
        "\n#nullable disable\n", "\n#line 1 \"other.cs\"\n", "\n#error fuzz\n", "\n#define X\n",
        "\n<<<<<<< HEAD\n", "\n=======\n", "\n>>>>>>> branch\n",
    ];
}
