using System;
using System.Linq;
using System.Reflection;

namespace KognitosGen.Testing;

/// <summary>
/// Says how to script a process a run start named but the test did not script, naming the process class when one
/// of the loaded assemblies has it.
/// </summary>
internal static class UnscriptedProcessHint
{
    public static string For(string agentId, string processId)
    {
        var type = FindClass(agentId, processId);
        var script = type is null ? "kognitos.Process<YourProcessClass>()" : $"kognitos.Process<{type.Name}>()";
        return $"This KognitosTestServer has no process '{processId}' in agent '{agentId}': script it with {script}.Returns(...) (or .Fails(), .TimesOut(), .Cancelled()) before the code under test runs it.";
    }

    private static Type? FindClass(string agentId, string processId)
    {
        foreach (var assembly in AppDomain.CurrentDomain.GetAssemblies().Where(a => !a.IsDynamic && !IsFramework(a)))
        {
            foreach (var type in TypesOf(assembly))
            {
                if (type.IsAbstract || !typeof(IKognitosProcess).IsAssignableFrom(type))
                    continue;
                if (type.GetProperty("KognitosDescriptor", BindingFlags.Public | BindingFlags.Static)?.GetValue(null) is KognitosProcessDescriptor descriptor
                    && descriptor.AgentId == agentId && descriptor.ProcessId == processId)
                    return type;
            }
        }

        return null;
    }

    private static bool IsFramework(Assembly assembly) =>
        assembly.GetName().Name is { } name && (name.StartsWith("System", StringComparison.Ordinal) || name.StartsWith("Microsoft.", StringComparison.Ordinal)
            || name.StartsWith("xunit", StringComparison.Ordinal) || name == "mscorlib" || name == "netstandard");

    private static Type[] TypesOf(Assembly assembly)
    {
        try
        {
            return assembly.GetTypes();
        }
        catch (ReflectionTypeLoadException partial)
        {
            return partial.Types.Where(t => t is not null).ToArray()!;
        }
    }
}
