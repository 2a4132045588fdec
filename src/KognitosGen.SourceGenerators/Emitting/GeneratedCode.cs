namespace KognitosGen.SourceGenerators.Emitting;

internal static class GeneratedCode
{
    public static readonly string Version = typeof(GeneratedCode).Assembly.GetName().Version?.ToString() ?? "0.0.0.0";

    public static readonly string Attribute = $"[global::System.CodeDom.Compiler.GeneratedCode(\"KognitosGen\", \"{Version}\")]";
}
