using System;
using System.Text.Json;

namespace KognitosGen.Wire;

/// <summary>The members of a run body the client reads.</summary>
internal enum RunMember
{
    Unknown,
    Id,
    Name,
    ProcessId,
    AgentId,
    Status,
    CreatedAt,
    Stage,
    FileIds,
    Outputs,
}

/// <summary>Tells which run member a property name is, matched exactly as the wire spells it (snake_case).</summary>
internal static class RunMemberNames
{
    public static RunMember Match(ref Utf8JsonReader reader)
    {
        // Escaped names are rare: the general comparison handles them; the length picks the one candidate otherwise.
        if (reader.ValueIsEscaped)
            return MatchEscaped(ref reader);
        var name = reader.ValueSpan;
        return name.Length switch
        {
            2 when name.SequenceEqual("id"u8) => RunMember.Id,
            4 when name.SequenceEqual("name"u8) => RunMember.Name,
            5 when name.SequenceEqual("stage"u8) => RunMember.Stage,
            6 when name.SequenceEqual("status"u8) => RunMember.Status,
            7 when name.SequenceEqual("outputs"u8) => RunMember.Outputs,
            8 when name.SequenceEqual("agent_id"u8) => RunMember.AgentId,
            8 when name.SequenceEqual("file_ids"u8) => RunMember.FileIds,
            10 when name.SequenceEqual("process_id"u8) => RunMember.ProcessId,
            10 when name.SequenceEqual("created_at"u8) => RunMember.CreatedAt,
            _ => RunMember.Unknown,
        };
    }

    private static RunMember MatchEscaped(ref Utf8JsonReader reader)
    {
        if (reader.ValueTextEquals("id"u8)) return RunMember.Id;
        if (reader.ValueTextEquals("name"u8)) return RunMember.Name;
        if (reader.ValueTextEquals("stage"u8)) return RunMember.Stage;
        if (reader.ValueTextEquals("status"u8)) return RunMember.Status;
        if (reader.ValueTextEquals("outputs"u8)) return RunMember.Outputs;
        if (reader.ValueTextEquals("agent_id"u8)) return RunMember.AgentId;
        if (reader.ValueTextEquals("file_ids"u8)) return RunMember.FileIds;
        if (reader.ValueTextEquals("process_id"u8)) return RunMember.ProcessId;
        if (reader.ValueTextEquals("created_at"u8)) return RunMember.CreatedAt;
        return RunMember.Unknown;
    }
}
