using System.Collections.Generic;
using System.Linq;
using KognitosGen.Cli.Output;

namespace KognitosGen.Cli.Export;

/// <summary>A variable an export's script sets from a member of the JSON answer, e.g. <c>run_id</c> from <c>id</c>.</summary>
/// <param name="Variable">The variable to set; letters, digits and underscores only, so every client reads it as one name.</param>
/// <param name="Members">The member path in the answer, outermost first.</param>
internal sealed record ResponseCapture(string Variable, IReadOnlyList<string> Members)
{
    /// <summary>
    /// JavaScript for a client's test script: reads each capture's member from <paramref name="body"/> and, when the
    /// answer has it, passes it to <paramref name="set"/> (<c>pm.collectionVariables.set</c>, <c>client.global.set</c>).
    /// </summary>
    public static IEnumerable<string> Script(IReadOnlyList<ResponseCapture> captures, string body, string set)
    {
        if (captures.Count == 0)
            yield break;
        yield return $"var body = {body};";
        yield return "function member(path) { return path.reduce(function (value, name) { return value === null || value === undefined ? undefined : value[name]; }, body); }";
        foreach (var capture in captures)
        {
            var path = "[" + string.Join(", ", capture.Members.Select(JsonOutput.Quoted)) + "]";
            yield return $"if (member({path}) !== undefined) {set}(\"{capture.Variable}\", member({path}));";
        }
    }
}
