namespace KognitosGen.Analyzers.Tests.SchemaLock;

/// <summary>Locks the schema rule tests read, in the deterministic form the command-line tool writes.</summary>
internal static class TestLocks
{
    public const string Path = "/0/kognitos.schema.json";

    /// <summary>Agent "agent1": "invoices" (Published, 10 runs sampled) and "drafting" (Draft, no run sampled yet).</summary>
    public const string Standard = """
        {
          "agents": [
            {
              "id": "agent1",
              "processes": [
                {
                  "id": "drafting",
                  "name": "to draft the letters",
                  "outputs": [],
                  "runsSampled": 0,
                  "stage": "Draft"
                },
                {
                  "id": "invoices",
                  "name": "to process the invoices",
                  "outputs": [
                    {
                      "example": "true",
                      "kinds": [
                        "boolean"
                      ],
                      "name": "the output approved",
                      "seen": 10
                    },
                    {
                      "example": "[\"a.pdf\"]",
                      "kinds": [
                        "array"
                      ],
                      "name": "the output files",
                      "seen": 10
                    },
                    {
                      "example": "\"2026-01-15T09:30:00Z\"",
                      "kinds": [
                        "date-time"
                      ],
                      "name": "the output reviewed at",
                      "seen": 10
                    },
                    {
                      "example": "1234.56",
                      "kinds": [
                        "integer",
                        "number"
                      ],
                      "name": "the output total",
                      "seen": 10
                    },
                    {
                      "example": "\"ACME\"",
                      "kinds": [
                        "null",
                        "string"
                      ],
                      "name": "the output vendor",
                      "seen": 10
                    },
                    {
                      "example": "\"INV-42\"",
                      "kinds": [
                        "string"
                      ],
                      "name": "the output invoice number",
                      "seen": 7
                    }
                  ],
                  "runsSampled": 10,
                  "stage": "Published"
                }
              ]
            }
          ],
          "baseUrl": "http://127.0.0.1:5080",
          "pulledAt": "2026-11-30T10:00:00Z",
          "version": 1
        }

        """;

    /// <summary>
    /// Agent "agent1" with IDs of the real form: "b4fznghynbdemslfd5k044fgd" (to process the invoices), and two that
    /// differ in their last character only, so that an ID one edit from both has no single nearest, and a short one, "inv1".
    /// </summary>
    public const string NearIds = """
        {
          "agents": [
            {
              "id": "agent1",
              "processes": [
                {
                  "id": "b4fznghynbdemslfd5k044fgd",
                  "name": "to process the invoices",
                  "outputs": [],
                  "runsSampled": 0,
                  "stage": "Published"
                },
                {
                  "id": "inv1",
                  "name": "to check one invoice",
                  "outputs": [],
                  "runsSampled": 0,
                  "stage": "Published"
                },
                {
                  "id": "q1w2e3r4t5y6u7i8o9p0a1s2a",
                  "name": "to file the receipts",
                  "outputs": [],
                  "runsSampled": 0,
                  "stage": "Published"
                },
                {
                  "id": "q1w2e3r4t5y6u7i8o9p0a1s2b",
                  "name": "to file the refunds",
                  "outputs": [],
                  "runsSampled": 0,
                  "stage": "Published"
                }
              ]
            }
          ],
          "baseUrl": "http://127.0.0.1:5080",
          "pulledAt": "2026-11-30T10:00:00Z",
          "version": 1
        }

        """;
}
