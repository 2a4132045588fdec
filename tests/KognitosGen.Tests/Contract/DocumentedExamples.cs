namespace KognitosGen.Tests.Contract;

/// <summary>The JSON examples of the Kognitos REST API v2 documentation, as the API reference shows them.</summary>
public static class DocumentedExamples
{
    public const string Health = """{"status": "OK"}""";

    public const string ProcessList = """
        {
          "items": [
            {"id": "b4fznghynbdemslfd5k044fgd", "name": "Process invoice", "agent_id": "a7xm2kp9qwj3v5nh8t4c6r1e9z", "stage": "Published"}
          ],
          "continuation_token": null
        }
        """;

    public const string Process = """{"agent_id":"a7xm2kp9qwj3v5nh8t4c6r1e9z","id":"b4fznghynbdemslfd5k044fgd","name":"Process invoice","stage":"Draft"}""";

    public const string RunList = """
        {
          "items": [
            {
              "id": "9nvx1hdm9bd74rp585oe81t5i",
              "name": "Process invoice 42",
              "process_id": "b4fznghynbdemslfd5k044fgd",
              "agent_id": "a7xm2kp9qwj3v5nh8t4c6r1e9z",
              "stage": "Published",
              "status": "Succeeded",
              "created_at": "2021-01-01T12:00:00",
              "file_ids": null,
              "outputs": null
            }
          ],
          "continuation_token": null
        }
        """;

    public const string RunWithOutputs = """
        { "agent_id": "abc123def456", "created_at": "2021-01-01T12:00:00", "file_ids": ["file789abc", "file456xyz"],
          "id": "run789xyz", "name": "Process invoice",
          "outputs": [{"name": "total_items", "value": 42}, {"name": "customer_id", "value": "cus123abc"}],
          "process_id": "proc456def", "stage": "Draft", "status": "Created" }
        """;

    public const string FileResource = """
        {
          "file_name": "document.pdf",
          "id": "s3://bucket/path/to/uploaded-file.pdf",
          "upload_fields": {
            "AWSAccessKeyId": "AKIAIOSFODNN7EXAMPLE",
            "Content-Type": "application/pdf",
            "key": "path/to/file.pdf",
            "policy": "eyJ...base64_policy...",
            "signature": "abc123..."
          },
          "upload_http_headers": {},
          "upload_http_method": "POST",
          "upload_url": "http://example.com/file.pdf"
        }
        """;

    public const string ErrorModel = """{"status_code": 404, "message": "The specified run was not found", "details": null}""";
}
