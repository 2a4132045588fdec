using System.Collections.Generic;
using KognitosGen.SourceGenerators.SchemaLock.Json;

namespace KognitosGen.SourceGenerators.SchemaLock;

/// <summary>
/// Reads a <c>kognitos.schema.json</c> of format version 1. Never throws for any text: every problem comes back
/// as one <see cref="SchemaLockError"/> with its line and member, for one diagnostic.
/// </summary>
internal static class SchemaLockReader
{
    public static SchemaLockReadResult Read(string text)
    {
        JsonNode root;
        try
        {
            root = StrictJsonParser.Parse(text);
        }
        catch (JsonSyntaxException exception)
        {
            return SchemaLockReadResult.Failed(new SchemaLockError(exception.Line, "(not JSON)", exception.Problem));
        }

        try
        {
            return SchemaLockReadResult.Read(ReadDocument(root));
        }
        catch (SchemaLockFormatException exception)
        {
            return SchemaLockReadResult.Failed(exception.Error);
        }
    }

    private static SchemaLockDocument ReadDocument(JsonNode root)
    {
        var document = LockObject.From(root, "");
        // The version first: a later format may add members this reader would otherwise call unknown.
        CheckVersion(document);
        document.RejectUnknownMembers("version", "pulledAt", "baseUrl", "agents");
        document.OptionalString("pulledAt");
        document.OptionalString("baseUrl");

        var agents = new Dictionary<string, LockedAgent>(System.StringComparer.Ordinal);
        var items = document.RequiredArray("agents");
        for (var i = 0; i < items.Count; i++)
        {
            var agent = ReadAgent(LockObject.From(items[i], $"agents[{i}]"));
            if (agents.ContainsKey(agent.Id))
                throw new SchemaLockFormatException(items[i].Line, $"agents[{i}].id", $"the agent '{MessageText.Cut(agent.Id)}' is listed twice");
            agents.Add(agent.Id, agent);
        }

        return new SchemaLockDocument(agents);
    }

    private static void CheckVersion(LockObject document)
    {
        var version = document.Find("version")
            ?? throw new SchemaLockFormatException(document.Line, "version", "the member 'version' is missing, so the format is unknown");
        if (version.Value.Kind == JsonNodeKind.Number && version.Value.Text == "1")
            return;
        var found = version.Value.Kind == JsonNodeKind.Number ? MessageText.Cut(version.Value.Text!) : version.Value.KindName;
        throw new SchemaLockFormatException(
            version.Line, "version", $"the format version is {found}, but this KognitosGen reads version {SchemaLockDocument.SupportedVersion} only (a newer tool may have written it: update KognitosGen)");
    }

    private static LockedAgent ReadAgent(LockObject agent)
    {
        agent.RejectUnknownMembers("id", "processes");
        var id = agent.RequiredString("id");
        var processes = new Dictionary<string, LockedProcess>(System.StringComparer.Ordinal);
        var items = agent.RequiredArray("processes");
        for (var i = 0; i < items.Count; i++)
        {
            var path = agent.PathOf($"processes[{i}]");
            var process = ReadProcess(LockObject.From(items[i], path));
            if (processes.ContainsKey(process.Id))
                throw new SchemaLockFormatException(items[i].Line, path + ".id", $"the process '{MessageText.Cut(process.Id)}' is listed twice for the agent '{MessageText.Cut(id)}'");
            processes.Add(process.Id, process);
        }

        return new LockedAgent(id, processes);
    }

    private static LockedProcess ReadProcess(LockObject process)
    {
        process.RejectUnknownMembers("id", "name", "stage", "runsSampled", "outputs");
        var id = process.RequiredString("id");
        var name = process.RequiredString("name");
        var stage = process.RequiredString("stage");
        var runsSampled = process.RequiredCount("runsSampled");
        var outputs = new List<LockedOutput>();
        var names = new HashSet<string>(System.StringComparer.Ordinal);
        var items = process.RequiredArray("outputs");
        for (var i = 0; i < items.Count; i++)
        {
            var path = process.PathOf($"outputs[{i}]");
            var output = ReadOutput(LockObject.From(items[i], path), runsSampled);
            if (!names.Add(output.Name))
                throw new SchemaLockFormatException(items[i].Line, path + ".name", $"the output '{MessageText.Cut(output.Name)}' is listed twice for the process '{MessageText.Cut(id)}'");
            outputs.Add(output);
        }

        return new LockedProcess(id, name, stage, runsSampled, outputs);
    }

    private static LockedOutput ReadOutput(LockObject output, int runsSampled)
    {
        output.RejectUnknownMembers("name", "kinds", "seen", "example");
        var name = output.RequiredString("name");
        var kinds = ReadKinds(output);
        var seen = output.RequiredCount("seen");
        if (seen > runsSampled)
            throw new SchemaLockFormatException(output.Find("seen")!.Line, output.PathOf("seen"), $"the output was seen in {seen} runs, more than the {runsSampled} sampled");
        output.OptionalString("example");
        return new LockedOutput(name, kinds, seen);
    }

    private static OutputKinds ReadKinds(LockObject output)
    {
        var kinds = OutputKinds.None;
        var items = output.RequiredArray("kinds");
        foreach (var item in items)
        {
            var kind = item.Kind == JsonNodeKind.String ? OutputKindNames.Parse(item.Text!) : OutputKinds.None;
            if (kind == OutputKinds.None)
            {
                var found = item.Kind == JsonNodeKind.String ? $"'{MessageText.Cut(item.Text!)}'" : item.KindName;
                throw new SchemaLockFormatException(item.Line, output.PathOf("kinds"), $"unknown kind {found} (version 1 knows {OutputKindNames.Known})");
            }

            kinds |= kind;
        }

        if (kinds == OutputKinds.None)
            throw new SchemaLockFormatException(output.Line, output.PathOf("kinds"), "an output needs at least one kind");
        return kinds;
    }
}
