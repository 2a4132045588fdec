namespace KognitosGen.ReliabilityTests.Fuzzing.Locks;

/// <summary>
/// A valid lock for the fuzz corpus's agent "agent-1": the source fuzzer hands it to the analyzers with every
/// mutated source, and the lock fuzzer mutates it.
/// </summary>
public static class FuzzLock
{
    public const string Path = "/fuzz/kognitos.schema.json";

    public const string Text = """
        {
          "version": 1,
          "pulledAt": "2026-01-15T10:00:00Z",
          "baseUrl": "http://127.0.0.1:5080",
          "agents": [
            {
              "id": "agent-1",
              "processes": [
                {
                  "id": "everything",
                  "name": "to name everything",
                  "stage": "Draft",
                  "runsSampled": 4,
                  "outputs": [
                    {
                      "name": "the output payload",
                      "kinds": [
                        "null",
                        "object"
                      ],
                      "seen": 3,
                      "example": "{\"a\":1}"
                    }
                  ]
                },
                {
                  "id": "greet",
                  "name": "to greet",
                  "stage": "Published",
                  "runsSampled": 3,
                  "outputs": [
                    {
                      "name": "the output greeting",
                      "kinds": [
                        "string"
                      ],
                      "seen": 3,
                      "example": "\"hello\""
                    },
                    {
                      "name": "the output count",
                      "kinds": [
                        "integer",
                        "number"
                      ],
                      "seen": 2,
                      "example": "3"
                    },
                    {
                      "name": "the output closed at",
                      "kinds": [
                        "date",
                        "date-time"
                      ],
                      "seen": 3,
                      "example": "\"2026-01-15\""
                    }
                  ]
                },
                {
                  "id": "publish",
                  "name": "to publish it",
                  "stage": "Draft",
                  "runsSampled": 0,
                  "outputs": []
                }
              ]
            }
          ]
        }

        """;
}
