using System.Text;

namespace KognitosGen.Benchmarks.Runtime;

/// <summary>A realistic <c>GET /v2/runs/{id}</c> response body: a succeeded run with 12 outputs of mixed types.</summary>
public static class RunBody
{
    public const string Json = """
        {
          "id": "r9k2m4x7p1q8w3e5t6y0u2i4o6",
          "name": "Invoice INV-2025-0042",
          "process_id": "b4fznghynbdemslfd5k044fgd",
          "agent_id": "a7xm2kp9qwj3v5nh8t4c6r1e9z",
          "stage": "Published",
          "status": "Succeeded",
          "created_at": "2025-03-14T09:26:41.512",
          "file_ids": ["f3n8b5v2c7x1z9m4l6k0j2h8g5"],
          "outputs": [
            { "name": "the output vendor", "value": "Northwind Traders" },
            { "name": "the output total", "value": 1234.56 },
            { "name": "the output line count", "value": 17 },
            { "name": "the output approved", "value": true },
            { "name": "the output reviewed at", "value": "2025-03-14T09:26:53Z" },
            { "name": "the output due date", "value": "2025-04-30" },
            { "name": "the output document id", "value": "6f1c2a9e-3b7d-4e85-9c41-2d8f0a6b5e13" },
            { "name": "the output priority", "value": "High" },
            { "name": "the output tags", "value": ["freight", "eu", "q1"] },
            { "name": "the output confidence", "value": 0.9375 },
            { "name": "the output discount", "value": 12.5 },
            { "name": "the output fields", "value": { "currency": "EUR", "po": "PO-77812", "cost centre": "4410" } }
          ]
        }
        """;

    public static readonly byte[] Utf8 = Encoding.UTF8.GetBytes(Json);
}
