using System.Text.Json;
using System.Text.Json.Serialization;

namespace KognitosGen.Benchmarks.Runtime;

/// <summary>
/// Reference for writing a run-start body: the same <c>POST /v2/runs</c> JSON as the client writes, made by
/// building a DTO from the process's properties and serialising it with <see cref="JsonSerializer"/> and default
/// (reflection) options, as a user would without the generator.
/// </summary>
public static class ReflectionRunRequest
{
    public sealed class CreateRunDto
    {
        [JsonPropertyName("name")] public string Name { get; set; } = "";
        [JsonPropertyName("process_id")] public string ProcessId { get; set; } = "";
        [JsonPropertyName("agent_id")] public string AgentId { get; set; } = "";
        [JsonPropertyName("stage")] public string Stage { get; set; } = "";
        [JsonPropertyName("inputs")] public List<InputDto> Inputs { get; set; } = [];
    }

    public sealed class InputDto
    {
        [JsonPropertyName("name")] public string Name { get; set; } = "";
        [JsonPropertyName("value")] public object? Value { get; set; }
    }

    public static byte[] Write(string name, InvoiceReview review)
    {
        var request = new CreateRunDto
        {
            Name = name,
            ProcessId = InvoiceReview.KognitosDescriptor.ProcessId!,
            AgentId = InvoiceReview.KognitosDescriptor.AgentId!,
            Stage = "Published",
            Inputs =
            [
                new() { Name = "invoice number", Value = review.InvoiceNumber },
                new() { Name = "amount", Value = review.Amount },
                new() { Name = "quantity", Value = review.Quantity },
                new() { Name = "urgent", Value = review.Urgent },
                new() { Name = "due by", Value = review.DueBy },
                new() { Name = "level", Value = review.Level.ToString() },
            ],
        };
        return JsonSerializer.SerializeToUtf8Bytes(request);
    }
}
