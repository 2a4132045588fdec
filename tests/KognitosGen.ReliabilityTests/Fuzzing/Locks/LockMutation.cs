using System.Text;

namespace KognitosGen.ReliabilityTests.Fuzzing.Locks;

/// <summary>
/// Ways a lock file goes wrong: a cut-off write, a bad hand edit, a merge, a newer tool, a huge or hostile file,
/// bytes that are not UTF-8. Each takes the valid lock's bytes and returns the mutated bytes.
/// </summary>
public static class LockMutation
{
    // Before All: static fields initialise in order.
    private static readonly string[] Tokens = ["{", "}", "[", "]", ",", ":", "\"", "\\", "-", "0", "1.5e", "true", "nul", "//", "\u2028", "\uFEFF", "\uD800"];

    private static readonly string[] Values = ["\"agent-1\"", "3", "4", "0", "[]", "{}", "null", "true", "-1", "1.5", "\"\"", "\"Published\"", "\"Draft\""];

    public static readonly (string Name, Func<byte[], Random, byte[]> Apply)[] All =
    [
        ("truncate", (bytes, random) => bytes[..random.Next(bytes.Length)]),
        ("delete byte", (bytes, random) => Remove(bytes, random.Next(bytes.Length), 1 + random.Next(3))),
        ("insert token", (bytes, random) => Insert(bytes, random.Next(bytes.Length), Pick(random, Tokens))),
        ("wrong type", (bytes, random) => Replace(bytes, random, Values, Pick(random, Values))),
        ("unknown member", (bytes, random) => Replace(bytes, random, ["\"name\":", "\"id\":", "\"seen\":", "\"kinds\":"], Pick(random, ["\"nmae\":", "\"x-name\":", "\"\":", "\"\\u0000\":"]))),
        ("unknown version", (bytes, random) => Replace(bytes, random, ["\"version\": 1"], Pick(random, ["\"version\": 2", "\"version\": -1", "\"version\": 1e400", "\"version\": \"1\"", "\"version\": null", "\"version\": 99999999999999999999999"]))),
        ("unknown kind", (bytes, random) => Replace(bytes, random, ["\"string\"", "\"integer\"", "\"null\""], Pick(random, ["\"text\"", "\"\"", "1", "[]"]))),
        ("duplicate", (bytes, random) => Replace(bytes, random, ["\"id\": \"greet\""], "\"id\": \"everything\"")),
        ("huge", (bytes, random) => Huge(bytes, random)),
        ("deep nesting", (bytes, random) => Deep(bytes, random)),
        ("invalid UTF-8", (bytes, random) => Insert(bytes, random.Next(bytes.Length), Encoding.Latin1.GetString([(byte)(0x80 + random.Next(0x80))]), latin1: true)),
        ("random bytes", (bytes, random) => RandomBytes(bytes, random)),
    ];

    private static string Pick(Random random, string[] choices) => choices[random.Next(choices.Length)];

    private static byte[] Remove(byte[] bytes, int at, int count) => [.. bytes[..at], .. bytes[Math.Min(bytes.Length, at + count)..]];

    private static byte[] Insert(byte[] bytes, int at, string text, bool latin1 = false) =>
        [.. bytes[..at], .. (latin1 ? Encoding.Latin1 : Encoding.UTF8).GetBytes(text), .. bytes[at..]];

    /// <summary>Replaces one occurrence (picked at random) of any of <paramref name="targets"/>.</summary>
    private static byte[] Replace(byte[] bytes, Random random, string[] targets, string replacement)
    {
        var text = Encoding.UTF8.GetString(bytes);
        var target = Pick(random, targets);
        var found = new List<int>();
        for (var at = text.IndexOf(target, StringComparison.Ordinal); at >= 0; at = text.IndexOf(target, at + 1, StringComparison.Ordinal))
            found.Add(at);
        if (found.Count == 0)
            return bytes;
        var index = found[random.Next(found.Count)];
        return Encoding.UTF8.GetBytes(text[..index] + replacement + text[(index + target.Length)..]);
    }

    /// <summary>Thousands of processes and outputs, or a string of megabytes.</summary>
    private static byte[] Huge(byte[] bytes, Random random)
    {
        var text = Encoding.UTF8.GetString(bytes);
        if (random.Next(2) == 0)
            return Encoding.UTF8.GetBytes(text.Replace("\"hello\"", "\"" + new string('h', 2_000_000) + "\"", StringComparison.Ordinal));
        var outputs = string.Join(",\n", Enumerable.Range(0, 5_000).Select(i => $"{{ \"name\": \"the output n{i}\", \"kinds\": [ \"string\" ], \"seen\": 1 }}"));
        var processes = string.Join(",\n", Enumerable.Range(0, 2_000).Select(i => $"{{ \"id\": \"p{i}\", \"name\": \"to do {i}\", \"stage\": \"Published\", \"runsSampled\": 1, \"outputs\": [] }}"));
        return Encoding.UTF8.GetBytes(text
            .Replace("\"outputs\": []", "\"outputs\": [" + outputs + "]", StringComparison.Ordinal)
            .Replace("\"processes\": [", "\"processes\": [" + processes + ",", StringComparison.Ordinal));
    }

    /// <summary>Nesting just inside, at and far beyond the reader's limit, in a member tools may add.</summary>
    private static byte[] Deep(byte[] bytes, Random random)
    {
        var depth = Pick(random, ["60", "63", "64", "65", "100000"]);
        var levels = int.Parse(depth, System.Globalization.CultureInfo.InvariantCulture);
        var open = random.Next(2) == 0 ? '[' : '{';
        var nested = open == '['
            ? new string('[', levels) + new string(']', levels)
            : string.Concat(Enumerable.Repeat("{\"a\":", levels)) + "1" + new string('}', levels);
        var text = Encoding.UTF8.GetString(bytes);
        return Encoding.UTF8.GetBytes(text.Replace("\"version\": 1,", "\"version\": 1,\n  \"x-deep\": " + nested + ",", StringComparison.Ordinal));
    }

    private static byte[] RandomBytes(byte[] bytes, Random random)
    {
        var copy = (byte[])bytes.Clone();
        for (var i = 0; i < 1 + random.Next(8); i++)
            copy[random.Next(copy.Length)] = (byte)random.Next(256);
        return copy;
    }
}
