using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using KognitosGen.Cli.SchemaLock;
using OutputKindNames = KognitosGen.SourceGenerators.SchemaLockFormat.OutputKindNames;

namespace KognitosGen.Cli.Scaffolding;

/// <summary>The C# type of an output property, inferred from the kinds the lock saw.</summary>
/// <param name="Name">The type as written, nullable marker included.</param>
/// <param name="Initializer">What a non-nullable reference property starts as (<c>""</c>, <c>new()</c>), else null.</param>
/// <param name="Namespaces">The namespaces the type needs.</param>
internal sealed record OutputType(string Name, string? Initializer, IReadOnlyList<string> Namespaces)
{
    /// <summary>
    /// One kind (besides null) gives its type: string, bool, long, decimal (double when the example has an exponent),
    /// DateTimeOffset, DateOnly, List&lt;T&gt; for an array whose example's items share a kind, else JsonElement.
    /// Nullable when the fact was null in some run or missing from one.
    /// </summary>
    public static OutputType For(LockedOutput output, int runsSampled)
    {
        var kinds = output.Kinds.Where(k => k != OutputKindNames.Null).ToList();
        var nullable = output.Kinds.Contains(OutputKindNames.Null) || output.Seen < runsSampled;
        var (type, isReference, namespaces) = Classify(kinds, output.Example);

        if (nullable)
            return new OutputType(type + "?", null, namespaces);
        return new OutputType(type, isReference ? (type == "string" ? "\"\"" : "new()") : null, namespaces);
    }

    private static (string Type, bool IsReference, string[] Namespaces) Classify(List<string> kinds, string? example) => kinds switch
    {
        [OutputKindNames.String] => ("string", true, []),
        [OutputKindNames.Boolean] => ("bool", false, []),
        [OutputKindNames.Integer] => ("long", false, []),
        [OutputKindNames.Integer, OutputKindNames.Number] or [OutputKindNames.Number] => (NumberType(example), false, []),
        [OutputKindNames.DateTime] => ("DateTimeOffset", false, ["System"]),
        [OutputKindNames.Date] => ("DateOnly", false, ["System"]),
        [OutputKindNames.Array] => ListType(example),
        _ => ("JsonElement", false, ["System.Text.Json"]),
    };

    private static string NumberType(string? example) =>
        example is not null && example.IndexOfAny(['e', 'E']) >= 0 ? "double" : "decimal";

    /// <summary>List&lt;T&gt; when the example array's items all have one scalar kind; JsonElement otherwise.</summary>
    private static (string, bool, string[]) ListType(string? example)
    {
        var json = ("JsonElement", false, new[] { "System.Text.Json" });
        if (example is null)
            return json;
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(example);
        }
        catch (JsonException)
        {
            return json; // a cut example: its items are unknown
        }

        using (document)
        {
            var kinds = document.RootElement.EnumerateArray().Select(FactKinds.Of).Distinct().ToList();
            string? element = kinds switch
            {
                [OutputKindNames.String] => "string",
                [OutputKindNames.Boolean] => "bool",
                [OutputKindNames.Integer] => "long",
                [OutputKindNames.Number] or [OutputKindNames.Integer, OutputKindNames.Number] or [OutputKindNames.Number, OutputKindNames.Integer] => "decimal",
                [OutputKindNames.DateTime] => "DateTimeOffset",
                [OutputKindNames.Date] => "DateOnly",
                _ => null,
            };
            return element is null
                ? json
                : ($"List<{element}>", true, element.StartsWith("Date", System.StringComparison.Ordinal)
                    ? ["System", "System.Collections.Generic"]
                    : ["System.Collections.Generic"]);
        }
    }
}
