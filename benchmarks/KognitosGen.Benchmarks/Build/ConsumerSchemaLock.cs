using System.Globalization;
using System.Text;

namespace KognitosGen.Benchmarks.Build;

/// <summary>
/// The schema lock of the consumer's processes, as <c>kognitos pull</c> would write it after ten succeeded runs of
/// each: what the analyzers check the 200 classes against in the build measurement.
/// </summary>
public static class ConsumerSchemaLock
{
    private static readonly (string Name, string Kinds, int Seen, string Example)[] Outputs =
    [
        ("the output approved", "\"boolean\"", 10, "true"),
        ("the output document id", "\"string\"", 10, "\"6f1c2a9e-3b7d-4e85-9c41-2d8f0a6b5e13\""),
        ("the output priority", "\"null\", \"string\"", 10, "\"High\""),
        ("the output reviewed at", "\"date-time\"", 10, "\"2025-03-14T09:26:53Z\""),
        ("the output total", "\"number\"", 10, "1234.56"),
        ("the output vendor", "\"null\", \"string\"", 9, "\"ACME\""),
    ];

    public static string Text(int processes)
    {
        var text = new StringBuilder();
        text.Append("{\n  \"version\": 1,\n  \"pulledAt\": \"2026-11-30T10:00:00Z\",\n  \"baseUrl\": \"http://127.0.0.1:5080\",\n  \"agents\": [\n");
        // Agents sorted by ID, ordinal, as the lock's writer sorts them ("agent10" before "agent2").
        var agents = Enumerable.Range(0, processes).OrderBy(i => "agent" + i.ToString(CultureInfo.InvariantCulture), StringComparer.Ordinal).ToArray();
        for (var a = 0; a < agents.Length; a++)
        {
            var i = agents[a];
            text.Append(CultureInfo.InvariantCulture, $"    {{\n      \"id\": \"agent{i}\",\n      \"processes\": [\n        {{\n");
            text.Append(CultureInfo.InvariantCulture, $"          \"id\": \"process{i}\",\n          \"name\": \"to handle case {i}\",\n          \"stage\": \"Published\",\n");
            text.Append("          \"runsSampled\": 10,\n          \"outputs\": [\n");
            for (var o = 0; o < Outputs.Length; o++)
            {
                var (name, kinds, seen, example) = Outputs[o];
                var json = example.Replace("\"", "\\\"", StringComparison.Ordinal);
                text.Append(CultureInfo.InvariantCulture, $"            {{ \"name\": \"{name}\", \"kinds\": [ {kinds} ], \"seen\": {seen}, \"example\": \"{json}\" }}");
                text.Append(o < Outputs.Length - 1 ? ",\n" : "\n");
            }

            text.Append("          ]\n        }\n      ]\n    }");
            text.Append(a < agents.Length - 1 ? ",\n" : "\n");
        }

        return text.Append("  ]\n}\n").ToString();
    }
}
