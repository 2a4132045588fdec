namespace KognitosGen.SourceGenerators.Emitting;

/// <summary>Fully qualified names of the runtime types generated code uses.</summary>
internal static class RuntimeNames
{
    public const string Process = "global::KognitosGen.IKognitosProcess";
    public const string Descriptor = "global::KognitosGen.KognitosProcessDescriptor";
    public const string Stage = "global::KognitosGen.KognitosStage";
    public const string Run = "global::KognitosGen.KognitosRun";
    public const string Client = "global::KognitosGen.KognitosClient";
    public const string StartOptions = "global::KognitosGen.KognitosStartOptions";
    public const string PollingOptions = "global::KognitosGen.KognitosPollingOptions";
    public const string RunHandle = "global::KognitosGen.KognitosRunHandle";
    public const string RunResult = "global::KognitosGen.KognitosRunResult";
    public const string FileInput = "global::KognitosGen.KognitosFileInput";
    public const string OutputSchema = "global::KognitosGen.Binding.KognitosOutputSchema";
    public const string InputSchema = "global::KognitosGen.Binding.KognitosInputSchema";
    public const string Converter = "global::KognitosGen.Binding.KognitosValueConverter";
    public const string Converters = "global::KognitosGen.Binding.KognitosConverters";
    public const string JsonWriter = "global::System.Text.Json.Utf8JsonWriter";
    public const string List = "global::System.Collections.Generic.List";
    public const string ReadOnlyList = "global::System.Collections.Generic.IReadOnlyList";
    public const string Task = "global::System.Threading.Tasks.Task";
    public const string CancellationToken = "global::System.Threading.CancellationToken";
    public const string ArgumentNull = "global::System.ArgumentNullException";
}
