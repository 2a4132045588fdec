using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using KognitosGen.Cli.SchemaLock;
using FactNames = KognitosGen.SourceGenerators.Helpers.FactNames;
using ProcessStageNames = KognitosGen.SourceGenerators.SchemaLockFormat.ProcessStageNames;

namespace KognitosGen.Cli.Scaffolding;

/// <summary>
/// Writes one annotated partial class for a process of the lock: the <c>[KognitosProcess]</c> attribute with its
/// IDs and stage, and one <c>[KognitosOutput]</c> property per observed output fact.
/// </summary>
internal static class ProcessClassWriter
{
    // Members the generator adds or every object has: a property of that name would clash.
    private static readonly string[] Reserved =
        ["KognitosDescriptor", "Descriptor", "StartAsync", "RunAsync", "GetFiles", "Equals", "GetHashCode", "ToString", "GetType", "MemberwiseClone", "Finalize", "ReferenceEquals"];

    /// <summary>The input fact of the commented example: inputs cannot be read from the API, so it is a placeholder.</summary>
    public const string SuggestedInputFact = "invoice number";

    public static string ClassName(LockedProcess process) => Identifiers.Pascal(Identifiers.WithoutLeadingTo(process.Name), "Process");

    public static string Write(string agentId, LockedProcess process, string className, string @namespace)
    {
        var taken = new HashSet<string>(Reserved, StringComparer.Ordinal) { className };
        var properties = process.Outputs
            .OrderBy(o => o.Name, StringComparer.Ordinal)
            .Select(o => (Output: o, Name: Identifiers.Unique(Identifiers.Pascal(Identifiers.WithoutOutputPrefix(o.Name), "Output"), taken), Type: OutputType.For(o, process.RunsSampled)))
            .ToList();
        var input = InputSuggestionName(taken);
        var usings = properties.SelectMany(p => p.Type.Namespaces).Append("KognitosGen").Distinct().OrderBy(n => n, StringComparer.Ordinal);
        var isDraft = process.Stage == ProcessStageNames.Draft;

        var code = new StringBuilder();
        code.Append("// Scaffolded by `kognitos scaffold` from what the Kognitos API shows of this process. Edit freely: it is your code now.\n");
        code.Append("#nullable enable\n\n");
        foreach (var name in usings)
            code.Append("using ").Append(name).Append(";\n");
        code.Append("\nnamespace ").Append(@namespace).Append(";\n\n");
        code.Append("/// <summary>The Kognitos process \"").Append(CSharpText.Doc(process.Name)).Append("\".</summary>\n");
        if (isDraft)
            code.Append("#pragma warning disable KOG0009 // The lock records this process as a Draft; switch to Published when it is published.\n");
        code.Append("[KognitosProcess(").Append(CSharpText.String(process.Name))
            .Append(", AgentId = ").Append(CSharpText.String(agentId))
            .Append(", ProcessId = ").Append(CSharpText.String(process.Id))
            .Append(", Stage = KognitosStage.").Append(isDraft ? "Draft" : "Published").Append(")]\n");
        if (isDraft)
            code.Append("#pragma warning restore KOG0009\n");
        code.Append("public sealed partial class ").Append(className).Append('\n');
        code.Append("{\n");
        code.Append("    // Inputs cannot be read from the Kognitos API: declare the input facts the process expects, for example\n");
        code.Append("    // [KognitosInput(").Append(CSharpText.String(SuggestedInputFact)).Append(")] public required string ").Append(input).Append(" { get; init; }\n");
        if (process.RunsSampled == 0)
            code.Append("\n    // No succeeded run was sampled, so no output is known yet: run the process, then `kognitos pull` and scaffold again.\n");

        foreach (var (output, name, type) in properties)
        {
            code.Append('\n');
            // Kognitos may return "the output invoice number" as invoice_number (the documented examples' form): the
            // class names the fact as the process defines it, which binds either form and reads as KOG0005 asks.
            var fact = FactNames.ProcessFact(output.Name);
            code.Append("    /// <summary>");
            if (fact != output.Name)
                code.Append("Returned as <c>").Append(CSharpText.Doc(output.Name)).Append("</c>; seen");
            else
                code.Append("Seen");
            code.Append(CSharpText.Doc(Describe(output, process.RunsSampled))).Append("</summary>\n");
            code.Append("    [KognitosOutput(").Append(CSharpText.String(fact)).Append(")]\n");
            code.Append("    public ").Append(type.Name).Append(' ').Append(name).Append(" { get; private set; }");
            if (type.Initializer is not null)
                code.Append(" = ").Append(type.Initializer).Append(';');
            code.Append('\n');
        }

        code.Append("}\n");
        return code.ToString();
    }

    /// <summary>
    /// The example input's property name, once the outputs have theirs: an output from "the output invoice number"
    /// already is <c>InvoiceNumber</c>, so the input becomes <c>InvoiceNumberInput</c> and the line compiles uncommented.
    /// </summary>
    private static string InputSuggestionName(ISet<string> taken)
    {
        var name = Identifiers.Pascal(SuggestedInputFact, "Input");
        return Identifiers.Unique(taken.Contains(name) ? name + "Input" : name, taken);
    }

    private static string Describe(LockedOutput output, int runsSampled)
    {
        var text = $" as {string.Join(" or ", output.Kinds)} in {output.Seen} of {runsSampled} sampled runs";
        return output.Example is null ? text + "." : $"{text}, e.g. {output.Example}.";
    }
}
