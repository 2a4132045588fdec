using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace KognitosGen.SourceGenerators.Analyzers.LockChecks;

/// <summary>Finds the lock among the compilation's additional files: <c>kognitos.schema.json</c>, or the file <c>KognitosSchemaFile</c> names.</summary>
internal static class SchemaLockFile
{
    public const string DefaultName = "kognitos.schema.json";
    public const string PathProperty = "build_property.KognitosSchemaFile";

    /// <summary>The lock, or null (the usual case without one: then no schema rule runs).</summary>
    public static AdditionalText? Find(AnalyzerOptions options)
    {
        if (options.AdditionalFiles.IsEmpty)
            return null;
        options.AnalyzerConfigOptionsProvider.GlobalOptions.TryGetValue(PathProperty, out var configured);
        var name = string.IsNullOrWhiteSpace(configured) ? DefaultName : NameOf(configured!.Trim());
        foreach (var file in options.AdditionalFiles)
        {
            if (string.Equals(NameOf(file.Path), name, StringComparison.OrdinalIgnoreCase))
                return file;
        }

        return null;
    }

    /// <summary>
    /// The file name without its folder, for messages (the diagnostic's location already has the full path).
    /// Not System.IO.Path: on .NET Framework hosts it throws for characters a path may not hold.
    /// </summary>
    public static string NameOf(string path)
    {
        var slash = Math.Max(path.LastIndexOf('/'), path.LastIndexOf('\\'));
        return slash < 0 ? path : path.Substring(slash + 1);
    }
}
