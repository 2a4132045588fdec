using System.Buffers.Text;
using System.Text.Json;

namespace KognitosGen.Benchmarks.Runtime;

/// <summary>
/// Reference (b): a hand-tuned binder for this one class. One forward pass of <see cref="Utf8JsonReader"/> over the
/// body: skip to "outputs", match each item's name as UTF-8 with no string, read its value with the reader's typed
/// getters. Exact names only and strict types, so it does less than the generated binder (no normalised names,
/// no lenient reads, no error report); that is what makes it the bar.
/// </summary>
public static class HandTunedRunBinder
{
    public static InvoiceReview Bind(ReadOnlySpan<byte> body)
    {
        var reader = new Utf8JsonReader(body);
        reader.Read();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var isOutputs = reader.ValueTextEquals("outputs"u8);
            reader.Read();
            if (isOutputs)
                return BindOutputs(ref reader);
            reader.Skip();
        }

        throw new JsonException("The run has no outputs.");
    }

    private static InvoiceReview BindOutputs(ref Utf8JsonReader reader)
    {
        string vendor = "";
        decimal total = 0;
        int lineCount = 0;
        bool approved = false;
        DateTimeOffset reviewedAt = default;
        DateOnly dueDate = default;
        Guid documentId = default;
        ReviewPriority priority = default;
        List<string> tags = [];
        double confidence = 0;
        decimal? discount = null;
        Dictionary<string, string> fields = [];

        while (reader.Read() && reader.TokenType == JsonTokenType.StartObject)
        {
            // Each item is {"name": ..., "value": ...}, in that order.
            reader.Read();
            reader.Read();
            var name = reader;
            reader.Read();
            reader.Read();
            if (name.ValueTextEquals("the output vendor"u8))
                vendor = reader.GetString()!;
            else if (name.ValueTextEquals("the output total"u8))
                total = reader.GetDecimal();
            else if (name.ValueTextEquals("the output line count"u8))
                lineCount = reader.GetInt32();
            else if (name.ValueTextEquals("the output approved"u8))
                approved = reader.GetBoolean();
            else if (name.ValueTextEquals("the output reviewed at"u8))
                reviewedAt = reader.GetDateTimeOffset();
            else if (name.ValueTextEquals("the output due date"u8))
                dueDate = ReadDate(ref reader);
            else if (name.ValueTextEquals("the output document id"u8))
                documentId = reader.GetGuid();
            else if (name.ValueTextEquals("the output priority"u8))
                priority = ReadPriority(ref reader);
            else if (name.ValueTextEquals("the output tags"u8))
                tags = ReadStrings(ref reader);
            else if (name.ValueTextEquals("the output confidence"u8))
                confidence = reader.GetDouble();
            else if (name.ValueTextEquals("the output discount"u8))
                discount = reader.TokenType == JsonTokenType.Null ? null : reader.GetDecimal();
            else if (name.ValueTextEquals("the output fields"u8))
                fields = ReadStringMap(ref reader);
            else
                reader.Skip();
            reader.Read(); // the item's end
        }

        var review = new InvoiceReview();
        review.SetOutputs(vendor, total, lineCount, approved, reviewedAt, dueDate, documentId, priority, tags, confidence, discount, fields);
        return review;
    }

    private static DateOnly ReadDate(ref Utf8JsonReader reader)
    {
        var text = reader.ValueSpan;
        if (text.Length != 10 || text[4] != (byte)'-' || text[7] != (byte)'-'
            || !Utf8Parser.TryParse(text[..4], out int year, out _) || !Utf8Parser.TryParse(text.Slice(5, 2), out int month, out _)
            || !Utf8Parser.TryParse(text.Slice(8, 2), out int day, out _))
        {
            throw new JsonException("Not a yyyy-MM-dd date.");
        }

        return new DateOnly(year, month, day);
    }

    private static ReviewPriority ReadPriority(ref Utf8JsonReader reader)
    {
        if (reader.ValueTextEquals("Low"u8))
            return ReviewPriority.Low;
        if (reader.ValueTextEquals("Normal"u8))
            return ReviewPriority.Normal;
        if (reader.ValueTextEquals("High"u8))
            return ReviewPriority.High;
        if (reader.ValueTextEquals("Critical"u8))
            return ReviewPriority.Critical;
        throw new JsonException("Not a priority.");
    }

    private static List<string> ReadStrings(ref Utf8JsonReader reader)
    {
        var list = new List<string>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            list.Add(reader.GetString()!);
        return list;
    }

    private static Dictionary<string, string> ReadStringMap(ref Utf8JsonReader reader)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var key = reader.GetString()!;
            reader.Read();
            map[key] = reader.GetString()!;
        }

        return map;
    }
}
