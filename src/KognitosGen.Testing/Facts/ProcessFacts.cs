using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Linq.Expressions;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.Json.Serialization;

namespace KognitosGen.Testing;

/// <summary>
/// What the kit knows of one process class: its generated descriptor, and the fact behind each property a test
/// names with an expression (read from the property's attribute and checked against the descriptor).
/// </summary>
internal sealed class ProcessFacts
{
    private static readonly ConditionalWeakTable<Type, ProcessFacts> Cache = new();

    // Facts found so far, by property: a script names the same properties at every start, and reading the
    // attribute each time was most of naming one.
    private readonly ConcurrentDictionary<PropertyInfo, Fact> _inputs = new();
    private readonly ConcurrentDictionary<PropertyInfo, Fact> _outputs = new();

    private ProcessFacts(Type type)
    {
        Type = type;
        Descriptor = ReadDescriptor(type);
        JsonContext = ReadJsonContext(type);
    }

    public Type Type { get; }

    public KognitosProcessDescriptor Descriptor { get; }

    /// <summary>The process's <c>[KognitosProcess(JsonContext = ...)]</c>, for user types.</summary>
    public JsonSerializerContext? JsonContext { get; }

    public string ClassName => Type.Name;

    public static ProcessFacts Of<TProcess>()
        where TProcess : class, IKognitosProcess =>
        Cache.GetValue(typeof(TProcess), static type => new ProcessFacts(type));

    /// <summary>The agent and process IDs, or an error that says how to give them.</summary>
    public (string AgentId, string ProcessId) Ids()
    {
        var agent = Descriptor.AgentId ?? throw new InvalidOperationException(
            $"{ClassName} has no agent ID: set AgentId on [KognitosProcess] or [assembly: KognitosDefaults], or the KognitosAgentId MSBuild property.");
        var process = Descriptor.ProcessId ?? throw new InvalidOperationException(
            $"{ClassName} has no process ID: set ProcessId on [KognitosProcess].");
        return (agent, process);
    }

    /// <summary>The input fact <paramref name="property"/> names.</summary>
    public Fact Input(LambdaExpression property) =>
        Find(property, "input", static p => p.GetCustomAttribute<KognitosInputAttribute>()?.FactName, Descriptor.InputNames, _inputs);

    /// <summary>The output fact <paramref name="property"/> names.</summary>
    public Fact Output(LambdaExpression property) =>
        Find(property, "output", static p => p.GetCustomAttribute<KognitosOutputAttribute>()?.FactName, Descriptor.OutputNames, _outputs);

    private Fact Find(LambdaExpression expression, string kind, Func<PropertyInfo, string?> factName, IReadOnlyList<string> declared,
        ConcurrentDictionary<PropertyInfo, Fact> known)
    {
        var property = PropertyOf(expression)
            ?? throw new ArgumentException($"Name a property of {ClassName} directly, as in p => p.Total (got {expression}).", nameof(expression));
        return known.TryGetValue(property, out var fact) ? fact : known.GetOrAdd(property, Read(property, kind, factName, declared, nameof(expression)));
    }

    private Fact Read(PropertyInfo property, string kind, Func<PropertyInfo, string?> factName, IReadOnlyList<string> declared, string parameterName)
    {
        var name = factName(property);
        if (name is null || !declared.Contains(name, StringComparer.Ordinal))
        {
            throw new ArgumentException(
                $"{ClassName}.{property.Name} is not a [Kognitos{char.ToUpperInvariant(kind[0])}{kind[1..]}] property; the {kind} facts of {ClassName} are: {string.Join(", ", declared.Select(n => $"'{n}'"))}.",
                parameterName);
        }

        return new Fact(name, property.Name, property.PropertyType);
    }

    private static PropertyInfo? PropertyOf(LambdaExpression expression)
    {
        var body = expression.Body;
        // p => p.Total typed as object arrives boxed: Convert(p.Total, Object).
        while (body is UnaryExpression { NodeType: ExpressionType.Convert or ExpressionType.ConvertChecked } convert)
            body = convert.Operand;
        return body is MemberExpression { Member: PropertyInfo property, Expression: ParameterExpression } ? property : null;
    }

    private static KognitosProcessDescriptor ReadDescriptor(Type type)
    {
        // The generator adds a static KognitosDescriptor; a hand-written process has only the instance member.
        if (type.GetProperty("KognitosDescriptor", BindingFlags.Public | BindingFlags.Static)?.GetValue(null) is KognitosProcessDescriptor generated)
            return generated;
        var instance = type.GetConstructor(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance, Type.EmptyTypes) is { } constructor
            ? constructor.Invoke(null)
            : RuntimeHelpers.GetUninitializedObject(type);
        return ((IKognitosProcess)instance).Descriptor
            ?? throw new InvalidOperationException($"{type.Name} has no descriptor; is it a [KognitosProcess] class the generator has seen?");
    }

    private static JsonSerializerContext? ReadJsonContext(Type type)
    {
        var contextType = type.GetCustomAttribute<KognitosProcessAttribute>()?.JsonContext;
        return contextType?.GetProperty("Default", BindingFlags.Public | BindingFlags.Static)?.GetValue(null) as JsonSerializerContext;
    }
}
