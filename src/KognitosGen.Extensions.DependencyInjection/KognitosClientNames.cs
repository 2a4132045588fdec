namespace KognitosGen.Extensions.DependencyInjection;

/// <summary>
/// The Kognitos clients <c>AddKognitos</c> registered, by the name of their HttpClient, with the configuration path
/// each one's options are named by in validation messages. Filled through the options system, one entry per call.
/// </summary>
internal sealed class KognitosClientNames
{
    private readonly Dictionary<string, string> _sectionPathByOptionsName = new(StringComparer.Ordinal);
    private readonly HashSet<string> _httpClientNames = new(StringComparer.Ordinal);

    /// <summary>The HttpClient name of the default client (and the prefix of named ones).</summary>
    public const string DefaultHttpClientName = "KognitosGen";

    /// <summary>The HttpClient name of the client named <paramref name="name"/> (null: the default client).</summary>
    public static string HttpClientName(string? name) => name is null ? DefaultHttpClientName : $"{DefaultHttpClientName}:{name}";

    /// <summary>The options name of the client named <paramref name="name"/>: the client name, or the default options name.</summary>
    public static string OptionsName(string? name) => name ?? Microsoft.Extensions.Options.Options.DefaultName;

    /// <summary>The configuration section the client named <paramref name="name"/> reads: <c>Kognitos</c> or <c>Kognitos:{name}</c>.</summary>
    public static string SectionPath(string? name) => name is null ? KognitosConfiguration.SectionName : $"{KognitosConfiguration.SectionName}:{name}";

    public void Add(string? name, string sectionPath)
    {
        _httpClientNames.Add(HttpClientName(name));
        _sectionPathByOptionsName[OptionsName(name)] = sectionPath;
    }

    public bool IsKognitosHttpClient(string? httpClientName) => httpClientName is not null && _httpClientNames.Contains(httpClientName);

    public string? SectionPathOf(string optionsName) => _sectionPathByOptionsName.GetValueOrDefault(optionsName);
}
