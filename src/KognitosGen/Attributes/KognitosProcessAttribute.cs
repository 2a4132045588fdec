using System;

namespace KognitosGen;

/// <summary>
/// Marks a <c>partial</c> class as the typed form of one Kognitos process. The KognitosGen source generator
/// implements <see cref="IKognitosProcess"/> for it: writing its <see cref="KognitosInputAttribute"/> properties
/// as run inputs and binding the run's outputs onto its <see cref="KognitosOutputAttribute"/> properties.
/// </summary>
/// <remarks>
/// <see cref="AgentId"/> and <see cref="Stage"/> fall back to <see cref="KognitosDefaultsAttribute"/> and then to
/// the MSBuild properties <c>KognitosAgentId</c> and <c>KognitosProcessStage</c>.
/// </remarks>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class KognitosProcessAttribute : Attribute
{
    /// <summary>Declares the process by its name, as written in Kognitos (for example "to process the invoices").</summary>
    /// <param name="name">The process name; also the default name of the runs it starts.</param>
    public KognitosProcessAttribute(string name) => Name = name;

    /// <summary>The process name as written in Kognitos.</summary>
    public string Name { get; }

    /// <summary>The ID of the agent that holds the process (up to 26 characters of <c>[a-zA-Z0-9_-]</c>).</summary>
    public string? AgentId { get; set; }

    /// <summary>The ID of the process (up to 26 characters of <c>[a-zA-Z0-9_-]</c>).</summary>
    public string? ProcessId { get; set; }

    /// <summary>The stage to run; <see cref="KognitosStage.Published"/> unless set here or by a default.</summary>
    public KognitosStage Stage { get; set; }

    /// <summary>
    /// A <c>System.Text.Json.Serialization.JsonSerializerContext</c> type whose metadata the generated code uses
    /// for input and output types it does not convert itself, so that user types stay reflection-free.
    /// </summary>
    public Type? JsonContext { get; set; }
}
