using System.CommandLine;
using System.IO;
using KognitosGen.Cli.Export;
using KognitosGen.Cli.Output;
using KognitosGen.Cli.SchemaLock;

namespace KognitosGen.Cli.Commands;

/// <summary><c>kognitos export postman|http</c>: every v2 request, and a start-run request per process of the lock.</summary>
internal static class ExportCommand
{
    public static Command Create(CommandFactory factory)
    {
        var export = new Command("export", "Writes the API's requests for other tools: a Postman collection or an .http file.");
        export.Add(Postman(factory));
        export.Add(Http(factory));
        return export;
    }

    private static Command Postman(CommandFactory factory)
    {
        var output = OutputOption("kognitos.postman_collection.json");
        var lockPath = LockOptions.LockPath();
        var command = factory.Command("postman", "Writes a Postman collection (v2.1), whose test scripts check each status and keep run_id, and a matching environment file whose api_key is empty.", (context, _) =>
        {
            var (requests, variables) = Gather(context, lockPath);
            var path = context.Value(output)!;
            var environmentPath = EnvironmentPathFor(path);
            WriteFile(path, PostmanCollectionWriter.Collection(requests, variables));
            WriteFile(environmentPath, PostmanCollectionWriter.Environment(variables));
            Report(context, requests.Count, path, environmentPath);
            return System.Threading.Tasks.Task.FromResult(ExitCodes.Success);
        });
        command.Add(output);
        command.Add(lockPath);
        return command;
    }

    private static Command Http(CommandFactory factory)
    {
        var output = OutputOption("kognitos.http");
        var lockPath = LockOptions.LockPath();
        var command = factory.Command("http", "Writes an .http file (httpyac, JetBrains HTTP client) with @variables at the top; its response handlers test each status and keep run_id.", (context, _) =>
        {
            var (requests, variables) = Gather(context, lockPath);
            var path = context.Value(output)!;
            WriteFile(path, HttpFileWriter.Write(requests, variables));
            Report(context, requests.Count, path, null);
            return System.Threading.Tasks.Task.FromResult(ExitCodes.Success);
        });
        command.Add(output);
        command.Add(lockPath);
        return command;
    }

    private static Option<string> OutputOption(string defaultPath) => new("--output", "-o")
    {
        Description = $"The file to write (default {defaultPath}).",
        HelpName = "path",
        DefaultValueFactory = _ => defaultPath,
    };

    private static (System.Collections.Generic.List<ApiRequest>, System.Collections.Generic.List<System.Collections.Generic.KeyValuePair<string, string>>) Gather(CommandContext context, Option<string> lockOption)
    {
        var schemaLock = LockOptions.Read(context, lockOption);
        if (schemaLock is null)
            context.Environment.Error.WriteLine($"kognitos: note: no lock at '{context.Value(lockOption)}': only the generic requests are written (kognitos pull writes the lock).");
        var baseUrl = context.ExplicitBaseUrl() is { } explicitUrl
            ? ApiRoots.Display(explicitUrl)
            : schemaLock?.BaseUrl ?? ApiRoots.Display(ApiRoots.ForRegion(KognitosRegion.US));
        var variables = ExportVariables.Initial(baseUrl, schemaLock);
        if (context.Agents() is [var agent])
            variables[variables.FindIndex(v => v.Key == ExportVariables.AgentId)] = new(ExportVariables.AgentId, agent);
        return (ApiRequestCatalog.For(schemaLock), variables);
    }

    /// <summary><c>x.postman_collection.json</c> → <c>x.postman_environment.json</c>; any other name gets <c>.postman_environment.json</c> added to its stem.</summary>
    private static string EnvironmentPathFor(string collectionPath)
    {
        var folder = Path.GetDirectoryName(collectionPath) ?? "";
        var name = Path.GetFileName(collectionPath);
        var environmentName = name.EndsWith(".postman_collection.json", System.StringComparison.OrdinalIgnoreCase)
            ? name[..^".postman_collection.json".Length] + ".postman_environment.json"
            : Path.GetFileNameWithoutExtension(name) + ".postman_environment.json";
        return Path.Combine(folder, environmentName);
    }

    private static void WriteFile(string path, string text) => AtomicFile.WriteAllText(path, text.EndsWith('\n') ? text : text + "\n");

    private static void Report(CommandContext context, int requests, string path, string? environmentPath)
    {
        if (context.Json)
        {
            JsonOutput.Write(context.Output, json =>
            {
                json.WriteStartObject();
                json.WriteString("path", path);
                if (environmentPath is not null)
                    json.WriteString("environment", environmentPath);
                json.WriteNumber("requests", requests);
                json.WriteEndObject();
            });
            return;
        }

        context.Output.WriteLine($"Wrote {path} ({requests} requests)" + (environmentPath is null ? "." : $" and {environmentPath} (api_key left empty)."));
    }
}
