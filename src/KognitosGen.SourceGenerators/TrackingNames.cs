namespace KognitosGen.SourceGenerators;

/// <summary>Names of the generator's pipeline steps, so tests can assert how each step reacted to an edit.</summary>
internal static class TrackingNames
{
    public const string Parse = nameof(Parse);
    public const string Specs = nameof(Specs);
    public const string MsBuildOptions = nameof(MsBuildOptions);
    public const string AssemblyDefaults = nameof(AssemblyDefaults);
    public const string Defaults = nameof(Defaults);
    public const string LanguageVersion = nameof(LanguageVersion);
    public const string Emit = nameof(Emit);
    public const string Diagnostics = nameof(Diagnostics);
    public const string MissingPolyfills = nameof(MissingPolyfills);
}
