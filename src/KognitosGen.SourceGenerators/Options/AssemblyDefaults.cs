using Microsoft.CodeAnalysis;

namespace KognitosGen.SourceGenerators.Options;

// Must stay immutable and structurally equatable: generator caching compares models by value.

/// <summary>The values of <c>[assembly: KognitosDefaults]</c>, when the compilation has one.</summary>
internal sealed record AssemblyDefaults(string? AgentId, int? Stage)
{
    public const string AttributeName = "KognitosGen.KognitosDefaultsAttribute";

    public static readonly AssemblyDefaults None = new(null, null);

    public static AssemblyDefaults From(Compilation compilation)
    {
        foreach (var attribute in compilation.Assembly.GetAttributes())
        {
            if (attribute.AttributeClass?.ToDisplayString() != AttributeName)
                continue;
            string? agentId = null;
            int? stage = null;
            foreach (var argument in attribute.NamedArguments)
            {
                if (argument.Key == "AgentId" && argument.Value.Value is string id && !string.IsNullOrWhiteSpace(id))
                    agentId = id;
                else if (argument.Key == "Stage" && argument.Value.Value is int value)
                    stage = value;
            }

            return new AssemblyDefaults(agentId, stage);
        }

        return None;
    }
}
