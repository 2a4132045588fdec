using System;

namespace KognitosGen;

/// <summary>
/// Assembly-wide defaults for every <see cref="KognitosProcessAttribute"/> class that does not set its own
/// values. They take precedence over the MSBuild properties <c>KognitosAgentId</c> and <c>KognitosProcessStage</c>.
/// </summary>
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = false, Inherited = false)]
public sealed class KognitosDefaultsAttribute : Attribute
{
    /// <summary>The agent ID used by processes that name none.</summary>
    public string? AgentId { get; set; }

    /// <summary>The stage used by processes that name none.</summary>
    public KognitosStage Stage { get; set; }
}
