using System.Text;
using KognitosGen.Cli.SchemaLock;

namespace KognitosGen.Cli.Tests;

public sealed class SchemaLockReaderTests
{
    private const string Valid = """
        {
          "version": 1,
          "pulledAt": "2026-11-30T10:00:00Z",
          "baseUrl": "https://rest-api.app.kognitos.com",
          "x-note": {"by":"hand"},
          "agents": [
            {
              "id": "a7xm2kp9qwj3v5nh8t4c6r1e9z",
              "processes": [
                {
                  "id": "b4fznghynbdemslfd5k044fgd",
                  "name": "to process the invoices",
                  "stage": "Published",
                  "runsSampled": 10,
                  "outputs": [
                    { "name": "the output total", "kinds": [ "number" ], "seen": 10, "example": "1234.56" },
                    { "name": "the output vendor", "kinds": [ "null", "string" ], "seen": 9, "example": "\"ACME\"", "x-owner": "ap" }
                  ]
                }
              ]
            }
          ]
        }

        """;

    [Fact]
    public void The_documented_example_reads_and_writes_back_byte_identical()
    {
        var text = Valid.Replace("\r\n", "\n");

        var read = Read(text);

        Assert.Equal(text, SchemaLockWriter.Write(read));
        Assert.Equal("{\"by\":\"hand\"}", read.Extensions["x-note"]);
        Assert.Equal("\"ap\"", read.Agents[0].Processes[0].Outputs[1].Extensions["x-owner"]);
    }

    [Theory]
    [InlineData("\"runsSampled\": 10", "\"runSampled\": 10", 14, "agents[0].processes[0].runSampled", "unknown member")]
    [InlineData("\"stage\": \"Published\"", "\"stage\": \"Live\"", 13, "agents[0].processes[0].stage", "unknown stage 'Live' (version 1 knows \"Draft\" or \"Published\")")]
    [InlineData("\"seen\": 9", "\"seen\": \"9\"", 17, "agents[0].processes[0].outputs[1].seen", "expected a whole number")]
    [InlineData("[ \"number\" ]", "[ \"decimal\" ]", 16, "agents[0].processes[0].outputs[0].kinds[0]", "unknown kind 'decimal'")]
    [InlineData("\"version\": 1", "\"version\": 2", 2, "version", "the format version is 2, but this KognitosGen reads version 1 only")]
    [InlineData("\"name\": \"to process the invoices\",", "", 10, "agents[0].processes[0].name", "the member 'name' is missing from agents[0].processes[0]")]
    [InlineData("\"seen\": 10, ", "\"seen\": 10,, ", 16, "(not JSON)", "expected a member name in double quotes")]
    public void A_broken_lock_names_file_line_and_member(string find, string replace, int line, string member, string problem)
    {
        var broken = Valid.Replace("\r\n", "\n").Replace(find, replace);
        Assert.NotEqual(Valid.Replace("\r\n", "\n"), broken);

        var error = Assert.Throws<SchemaLockException>(() => Read(broken));

        Assert.Equal("kognitos.schema.json", error.File);
        Assert.Equal(line, error.Line);
        Assert.StartsWith($"kognitos.schema.json:{line}: {member}: ", error.Message);
        Assert.Contains(problem, error.Message);
    }

    [Fact]
    public void Output_examples_are_compact_and_cut_to_200_characters()
    {
        using var document = System.Text.Json.JsonDocument.Parse("[ \"" + new string('x', 300) + "\" ]");

        var example = OutputSampler.Example(document.RootElement);

        Assert.Equal(200, example.Length);
        Assert.StartsWith("[\"xxx", example);
        Assert.EndsWith("…", example);
    }

    private static SchemaLockFile Read(string text) => LockFileReader.Read("kognitos.schema.json", Encoding.UTF8.GetBytes(text));
}
