using System.Collections.Generic;
using KognitosGen.SourceGenerators.SchemaLockFormat.Json;

namespace KognitosGen.SourceGenerators.SchemaLockFormat;

/// <summary>
/// Reads a <c>kognitos.schema.json</c> of format version 1: the one reader of the format, compiled into the analyzers
/// and into the command-line tool, so both accept the same locks and name the same line and member for one that is
/// broken. Never throws for any text: every problem comes back as one <see cref="SchemaLockError"/>.
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
            return SchemaLockReadResult.Failed(new SchemaLockError(exception.Line, SchemaLockError.NotJson, exception.Problem));
        }

        try
        {
            return SchemaLockReadResult.Read(new DocumentReader(text).Read(root));
        }
        catch (SchemaLockFormatException exception)
        {
            return SchemaLockReadResult.Failed(exception.Error);
        }
    }

    /// <summary>Reads the parsed document; holds its text for the <c>x-</c> members kept as written.</summary>
    private sealed class DocumentReader
    {
        private readonly string _text;

        public DocumentReader(string text) => _text = text;

        public SchemaLockDocument Read(JsonNode root)
        {
            var document = LockObject.From(root, "", _text);
            // The version first: a later format may add members this reader would otherwise call unknown.
            CheckVersion(document);
            var extensions = document.ExtensionsBesides("version", "pulledAt", "baseUrl", "agents");
            var pulledAt = document.OptionalString("pulledAt");
            var baseUrl = document.OptionalString("baseUrl");

            var agents = new List<LockedAgent>();
            var ids = new HashSet<string>(System.StringComparer.Ordinal);
            var items = document.RequiredArray("agents");
            for (var i = 0; i < items.Count; i++)
            {
                var agent = ReadAgent(LockObject.From(items[i], $"agents[{i}]", _text));
                if (!ids.Add(agent.Id))
                    throw new SchemaLockFormatException(LineOfMember(items[i], "id"), $"agents[{i}].id", $"the agent '{MessageText.Cut(agent.Id)}' is listed twice");
                agents.Add(agent);
            }

            return new SchemaLockDocument(pulledAt, baseUrl, agents, extensions);
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

        private LockedAgent ReadAgent(LockObject agent)
        {
            var extensions = agent.ExtensionsBesides("id", "processes");
            var id = agent.RequiredString("id");
            var processes = new List<LockedProcess>();
            var ids = new HashSet<string>(System.StringComparer.Ordinal);
            var items = agent.RequiredArray("processes");
            for (var i = 0; i < items.Count; i++)
            {
                var path = agent.PathOf($"processes[{i}]");
                var process = ReadProcess(LockObject.From(items[i], path, _text));
                if (!ids.Add(process.Id))
                    throw new SchemaLockFormatException(LineOfMember(items[i], "id"), path + ".id", $"the process '{MessageText.Cut(process.Id)}' is listed twice for the agent '{MessageText.Cut(id)}'");
                processes.Add(process);
            }

            return new LockedAgent(id, processes, extensions);
        }

        private LockedProcess ReadProcess(LockObject process)
        {
            var extensions = process.ExtensionsBesides("id", "name", "stage", "runsSampled", "outputs");
            var id = process.RequiredString("id");
            var name = process.RequiredString("name");
            var stage = process.RequiredString("stage");
            if (!ProcessStageNames.IsKnown(stage))
                throw new SchemaLockFormatException(process.Required("stage").Line, process.PathOf("stage"), $"unknown stage '{MessageText.Cut(stage)}' (version 1 knows {ProcessStageNames.Known})");
            var runsSampled = process.RequiredCount("runsSampled");
            var outputs = new List<LockedOutput>();
            var names = new HashSet<string>(System.StringComparer.Ordinal);
            var items = process.RequiredArray("outputs");
            for (var i = 0; i < items.Count; i++)
            {
                var path = process.PathOf($"outputs[{i}]");
                var output = ReadOutput(LockObject.From(items[i], path, _text), runsSampled);
                if (!names.Add(output.Name))
                    throw new SchemaLockFormatException(LineOfMember(items[i], "name"), path + ".name", $"the output '{MessageText.Cut(output.Name)}' is listed twice for the process '{MessageText.Cut(id)}'");
                outputs.Add(output);
            }

            return new LockedProcess(id, name, stage, runsSampled, outputs, extensions);
        }

        private static LockedOutput ReadOutput(LockObject output, int runsSampled)
        {
            var extensions = output.ExtensionsBesides("name", "kinds", "seen", "example");
            var name = output.RequiredString("name");
            var kinds = ReadKinds(output);
            var seen = output.RequiredCount("seen");
            if (seen > runsSampled)
                throw new SchemaLockFormatException(output.Required("seen").Line, output.PathOf("seen"), $"the output was seen in {seen} runs, more than the {runsSampled} sampled");
            var example = output.OptionalString("example");
            return new LockedOutput(name, kinds, seen, example, extensions);
        }

        /// <summary>The kinds named; a kind named twice counts once (the writer names each once).</summary>
        private static OutputKinds ReadKinds(LockObject output)
        {
            var kinds = OutputKinds.None;
            var items = output.RequiredArray("kinds");
            for (var i = 0; i < items.Count; i++)
            {
                var item = items[i];
                var kind = item.Kind == JsonNodeKind.String ? OutputKindNames.Parse(item.Text!) : OutputKinds.None;
                if (kind == OutputKinds.None)
                {
                    var found = item.Kind == JsonNodeKind.String ? $"'{MessageText.Cut(item.Text!)}'" : item.KindName;
                    throw new SchemaLockFormatException(item.Line, output.PathOf($"kinds[{i}]"), $"unknown kind {found} (version 1 knows {OutputKindNames.Known})");
                }

                kinds |= kind;
            }

            if (kinds == OutputKinds.None)
                throw new SchemaLockFormatException(output.Required("kinds").Line, output.PathOf("kinds"), "an output needs at least one kind");
            return kinds;
        }

        /// <summary>The line of a member of an object already read (a duplicate's ID, say): where the reader of the message looks.</summary>
        private static int LineOfMember(JsonNode item, string member)
        {
            foreach (var candidate in item.Members)
            {
                if (candidate.Name == member)
                    return candidate.Line;
            }

            return item.Line;
        }
    }
}
