using KognitosGen;

namespace KognitosProcessNamespace;

/// <summary>The Kognitos process "PROCESS_NAME_VALUE".</summary>
//#if (hasAgentId)
[KognitosProcess("PROCESS_NAME_VALUE", AgentId = "AGENT_ID_VALUE", ProcessId = "PROCESS_ID_VALUE")]
//#else
[KognitosProcess("PROCESS_NAME_VALUE", ProcessId = "PROCESS_ID_VALUE")]
//#endif
public sealed partial class KognitosProcessClass
{
    // Inputs: [KognitosInput("the fact's name")] public required string Name { get; init; }
    // Outputs: [KognitosOutput("the output fact")] public string? Result { get; private set; }
}
