using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace KognitosGen.Emulator;

/// <summary>The runs page's query: filters, then the page. Read from the query string; written back into links.</summary>
internal sealed record RunFilter
{
    public const int DefaultPageSize = 50;
    public static readonly int[] PageSizes = [25, 50, 100, 200];
    private static readonly string[] TimeFormats = ["yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd"];

    public string? Status { get; init; }
    public string? ProcessId { get; init; }
    public string? AgentId { get; init; }
    public string? Stage { get; init; }
    public string? BusinessKey { get; init; }
    public string? Text { get; init; }
    public string? From { get; init; }
    public string? To { get; init; }
    public int Page { get; init; } = 1;
    public int PageSize { get; init; } = DefaultPageSize;

    private DateTimeOffset? FromTime { get; init; }
    private DateTimeOffset? ToTime { get; init; }
    private string? KeyMarker { get; init; }

    /// <summary>Reads the query; each value that cannot be used is named in <paramref name="problems"/> and ignored.</summary>
    public static RunFilter Read(IQueryCollection query, List<string> problems)
    {
        string? Value(string name) => query[name].ToString() is { Length: > 0 } value ? value.Trim() : null;

        var status = Value("status");
        if (status is not null && RunStatuses.IndexOf(status) < 0)
        {
            problems.Add($"status: '{status}' is not one of {string.Join(", ", RunStatuses.All)}");
            status = null;
        }

        var stage = Value("stage");
        if (stage is not null && !RequestValidation.TryParseStage(stage, out stage))
        {
            problems.Add($"stage: '{Value("stage")}' is not Draft or Published");
            stage = null;
        }

        var page = ReadNumber(Value("page"), "page", 1, 1, int.MaxValue, problems);
        var size = ReadNumber(Value("size"), "size", DefaultPageSize, 1, 1000, problems);
        var key = Value("key");
        var from = Value("from");
        var to = Value("to");
        return new RunFilter
        {
            Status = status,
            ProcessId = Value("process"),
            AgentId = Value("agent"),
            Stage = stage,
            BusinessKey = key,
            KeyMarker = key is null ? null : BusinessKeyToken.NameMarker(key),
            Text = Value("q"),
            From = from,
            FromTime = ReadTime(from, "from", problems),
            To = to,
            ToTime = ReadTime(to, "to", problems),
            Page = page,
            PageSize = size,
        };
    }

    /// <summary>Whether the run passes every filter but the status (the counts per status are taken there).</summary>
    public bool MatchesAllButStatus(StoredRun run) =>
        (ProcessId is null || run.ProcessId == ProcessId)
        && (AgentId is null || run.AgentId == AgentId)
        && (Stage is null || run.Stage == Stage)
        && (KeyMarker is null || run.Name.Contains(KeyMarker, StringComparison.Ordinal))
        && (Text is null || run.Name.Contains(Text, StringComparison.OrdinalIgnoreCase))
        && (FromTime is null || run.CreatedAt >= FromTime)
        && (ToTime is null || run.CreatedAt <= ToTime);

    /// <summary>The query string of this filter (from "?"), page 1 unless <paramref name="page"/> is given.</summary>
    public string ToQuery(int? page = null, string? status = null, bool anyStatus = false)
    {
        var builder = new StringBuilder();
        void Add(string name, string? value)
        {
            if (string.IsNullOrEmpty(value))
                return;
            builder.Append(builder.Length == 0 ? '?' : '&').Append(name).Append('=').Append(Uri.EscapeDataString(value));
        }

        Add("status", anyStatus ? null : status ?? Status);
        Add("process", ProcessId);
        Add("agent", AgentId);
        Add("stage", Stage);
        Add("key", BusinessKey);
        Add("q", Text);
        Add("from", From);
        Add("to", To);
        if (PageSize != DefaultPageSize)
            Add("size", PageSize.ToString(CultureInfo.InvariantCulture));
        if (page is > 1)
            Add("page", page.Value.ToString(CultureInfo.InvariantCulture));
        return builder.Length == 0 ? "?" : builder.ToString();
    }

    private static int ReadNumber(string? text, string name, int fallback, int min, int max, List<string> problems)
    {
        if (text is null)
            return fallback;
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max)
            return value;
        problems.Add($"{name}: '{text}' is not a whole number from {min} to {max}");
        return fallback;
    }

    private static DateTimeOffset? ReadTime(string? text, string name, List<string> problems)
    {
        if (text is null)
            return null;
        if (DateTime.TryParseExact(text, TimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var time))
            return new DateTimeOffset(time, TimeSpan.Zero);
        problems.Add($"{name}: '{text}' is not a UTC date and time like 2026-01-31T09:30");
        return null;
    }
}
