using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace KognitosGen.ReliabilityTests.Fuzzing.Checking;

/// <summary>Global MSBuild properties as the compiler hands them to generators and analyzers.</summary>
public sealed class BuildPropertiesProvider(IReadOnlyDictionary<string, string> properties) : AnalyzerConfigOptionsProvider
{
    private readonly Options _global = new(properties);
    private static readonly Options None = new(new Dictionary<string, string>());

    public override AnalyzerConfigOptions GlobalOptions => _global;

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => None;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => None;

    private sealed class Options(IReadOnlyDictionary<string, string> values) : AnalyzerConfigOptions
    {
        public override bool TryGetValue(string key, out string value) => values.TryGetValue(key, out value!);
    }
}
