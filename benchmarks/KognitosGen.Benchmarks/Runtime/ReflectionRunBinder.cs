using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace KognitosGen.Benchmarks.Runtime;

/// <summary>
/// Reference (a): what a user writes by hand without the generator. The body goes through
/// <see cref="JsonSerializer"/> with default (reflection) options into DTOs, the outputs into a dictionary by
/// name, and each property is converted from its <see cref="JsonElement"/>.
/// </summary>
public static class ReflectionRunBinder
{
    public sealed class RunDto
    {
        [JsonPropertyName("id")] public string? Id { get; set; }
        [JsonPropertyName("name")] public string? Name { get; set; }
        [JsonPropertyName("process_id")] public string? ProcessId { get; set; }
        [JsonPropertyName("agent_id")] public string? AgentId { get; set; }
        [JsonPropertyName("stage")] public string? Stage { get; set; }
        [JsonPropertyName("status")] public string? Status { get; set; }
        [JsonPropertyName("created_at")] public string? CreatedAt { get; set; }
        [JsonPropertyName("file_ids")] public List<string>? FileIds { get; set; }
        [JsonPropertyName("outputs")] public List<NameValueDto>? Outputs { get; set; }
    }

    public sealed class NameValueDto
    {
        [JsonPropertyName("name")] public string Name { get; set; } = "";
        [JsonPropertyName("value")] public JsonElement Value { get; set; }
    }

    public static InvoiceReview Bind(byte[] body)
    {
        var run = JsonSerializer.Deserialize<RunDto>(body) ?? throw new JsonException("The body is null.");
        var outputs = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var output in run.Outputs ?? [])
            outputs[output.Name] = output.Value;

        var review = new InvoiceReview();
        review.SetOutputs(
            vendor: outputs["the output vendor"].GetString()!,
            total: outputs["the output total"].GetDecimal(),
            lineCount: Convert.ToInt32(outputs["the output line count"].GetDouble(), CultureInfo.InvariantCulture),
            approved: outputs["the output approved"].GetBoolean(),
            reviewedAt: outputs["the output reviewed at"].GetDateTimeOffset(),
            dueDate: DateOnly.Parse(outputs["the output due date"].GetString()!, CultureInfo.InvariantCulture),
            documentId: outputs["the output document id"].GetGuid(),
            priority: Enum.Parse<ReviewPriority>(outputs["the output priority"].GetString()!, ignoreCase: true),
            tags: outputs["the output tags"].EnumerateArray().Select(tag => tag.GetString()!).ToList(),
            confidence: outputs["the output confidence"].GetDouble(),
            discount: outputs.TryGetValue("the output discount", out var discount) && discount.ValueKind != JsonValueKind.Null
                ? Convert.ToDecimal(discount.GetDouble(), CultureInfo.InvariantCulture)
                : null,
            fields: outputs["the output fields"].EnumerateObject().ToDictionary(field => field.Name, field => field.Value.GetString()!, StringComparer.Ordinal));
        return review;
    }
}
