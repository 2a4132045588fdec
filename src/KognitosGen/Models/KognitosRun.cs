using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Threading;
using KognitosGen.Binding;
using KognitosGen.Wire;

namespace KognitosGen;

/// <summary>A run of a process, as returned by the run endpoints.</summary>
public sealed class KognitosRun
{
    private string? _id;
    private RunText _idText;
    private string? _name;
    private RunText _nameText;
    private string? _processId;
    private RunText _processIdText;
    private string? _agentId;
    private RunText _agentIdText;
    private readonly string _statusText = "";
    private string? _createdAtText;
    private readonly RunText _createdAtNoted;
    private IReadOnlyList<string>? _fileIds;
    private readonly RunText _fileIdsNoted;
    private readonly IReadOnlyList<KognitosNameValue>? _outputs;
    private IReadOnlyList<KognitosNameValue>? _readOutputs;

    private static readonly IReadOnlyList<KognitosNameValue> NoOutputs = Array.Empty<KognitosNameValue>();

    /// <summary>The run ID.</summary>
    public string Id
    {
        get => _id ??= _idText.Decode(RawUtf8);
        init => _id = value ?? "";
    }

    /// <summary>The name given when the run was started.</summary>
    public string Name
    {
        get => _name ??= _nameText.Decode(RawUtf8);
        init => _name = value ?? "";
    }

    /// <summary>The ID of the process that runs.</summary>
    public string ProcessId
    {
        get => _processId ??= _processIdText.Decode(RawUtf8);
        init => _processId = value ?? "";
    }

    /// <summary>The ID of the agent that holds the process.</summary>
    public string AgentId
    {
        get => _agentId ??= _agentIdText.Decode(RawUtf8);
        init => _agentId = value ?? "";
    }

    // Where the client found the four plain strings above in RawUtf8, when it left them unmade (Wire/RunConverter).
    // Set after the public member: a noted text stands in for it. A race to make one makes equal strings.
    internal RunText IdText { init => _id = Note(ref _idText, value, _id); }

    internal RunText NameText { init => _name = Note(ref _nameText, value, _name); }

    internal RunText ProcessIdText { init => _processId = Note(ref _processIdText, value, _processId); }

    internal RunText AgentIdText { init => _agentId = Note(ref _agentIdText, value, _agentId); }

    // The process's IDs, made without being kept on the run: a wait reads them for its polling loop's key and must not
    // grow the run its caller holds (10,000 waiting runs kept about 150 bytes each of these strings).
    internal string AgentIdUnkept => _agentId ?? _agentIdText.Decode(RawUtf8);

    internal string ProcessIdUnkept => _processId ?? _processIdText.Decode(RawUtf8);

    private static string? Note(ref RunText field, RunText text, string? made)
    {
        field = text;
        return text.IsNoted ? null : made;
    }

    /// <summary>The stage of the process that runs.</summary>
    public KognitosStage Stage { get; init; }

    /// <summary>The status exactly as the server sent it, kept even when this client does not know it.</summary>
    [JsonPropertyName("status")]
    public string StatusText
    {
        get => _statusText;
        init => _statusText = value ?? "";
    }

    /// <summary>The status, parsed; <see cref="KognitosRunStatus.Unknown"/> for a status this client does not know.</summary>
    [JsonIgnore]
    public KognitosRunStatus Status => KognitosRunStatusParser.Parse(StatusText);

    /// <summary>Whether the run has reached a status it will not leave.</summary>
    [JsonIgnore]
    public bool IsTerminal => Status.IsTerminal();

    /// <summary>The creation time exactly as sent (the API sends it without a time-zone designator).</summary>
    [JsonPropertyName("created_at")]
    public string? CreatedAtText
    {
        get => _createdAtText ??= _createdAtNoted.IsNoted ? _createdAtNoted.Decode(RawUtf8) : null;
        init => _createdAtText = value;
    }

    // Where the client found a plain created_at in RawUtf8, when it left it unmade (as the four texts above).
    internal RunText CreatedAtNoted { init => _createdAtNoted = value; }

    /// <summary>The creation time, read as UTC when the server gives no offset; null when it cannot be read.</summary>
    [JsonIgnore]
    public DateTimeOffset? CreatedAt =>
        DateTimeOffset.TryParse(CreatedAtText, CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var value) ? value : null;

    /// <summary>The IDs of the files given to the run.</summary>
    public IReadOnlyList<string>? FileIds
    {
        get => _fileIds ?? (_fileIdsNoted.IsNoted ? MakeFileIds() : null);
        init => _fileIds = value;
    }

    // Where the client found a file_ids array of plain strings in RawUtf8, when it left the list unmade.
    internal RunText FileIdsNoted { init => _fileIdsNoted = value; }

    private IReadOnlyList<string> MakeFileIds()
    {
        IReadOnlyList<string> made = _fileIdsNoted.DecodeStrings(RawUtf8);
        return Interlocked.CompareExchange(ref _fileIds, made, null) ?? made;
    }

    /// <summary>The run's output facts; set once the run has succeeded, and not by every endpoint.</summary>
    /// <remarks>The client reads them from the response body when first asked for: typed binding never needs them.</remarks>
    [JsonPropertyName("outputs")]
    public IReadOnlyList<KognitosNameValue>? OutputsOrNull
    {
        get => _outputs is LazyOutputs ? ReadOutputs() : _outputs;
        init => _outputs = value;
    }

    /// <summary>Whether the response carried an <c>outputs</c> array (an empty one included), without reading it.</summary>
    internal bool CarriesOutputs => _outputs is not null;

    /// <summary>The run's output facts, empty when the server sent none.</summary>
    [JsonIgnore]
    public IReadOnlyList<KognitosNameValue> Outputs => OutputsOrNull ?? NoOutputs;

    /// <summary>The response body this run was read from, for anything the typed members do not cover.</summary>
    [JsonIgnore]
    public string? RawJson => BodyText.Decode(RawUtf8);

    /// <summary>
    /// The UTF-8 response body this run was read from (for a run from a list, its item of the list); empty when the
    /// run did not come from a response.
    /// </summary>
    /// <remarks>Given when the client builds the run (Wire/RunConverter) and never changed after.</remarks>
    [JsonIgnore]
    public ReadOnlyMemory<byte> RawUtf8 { get; internal init; }

    /// <summary>The outputs the client checked but has not built: where they start in <see cref="RawUtf8"/>, and their index.</summary>
    internal LazyOutputs? PendingOutputs => _outputs as LazyOutputs;

    // The outputs were checked when the run was read (LazyOutputs.Converter), so reading them again cannot fail.
    private IReadOnlyList<KognitosNameValue> ReadOutputs()
    {
        if (Volatile.Read(ref _readOutputs) is { } read)
            return read;
        IReadOnlyList<KognitosNameValue> outputs = OutputsLocator.TryFind(RawUtf8.Span, out var json, PendingOutputs?.Start)
            ? JsonSerializer.Deserialize(json, KognitosJsonContext.Default.ListKognitosNameValue) ?? []
            : NoOutputs;
        return Interlocked.CompareExchange(ref _readOutputs, outputs, null) ?? outputs;
    }

    /// <summary>
    /// This run with its own copy of <see cref="RawUtf8"/>: for a run read from a list, whose body is a slice of the
    /// page, so that a caller who keeps it does not keep the whole page. The offsets of its pending outputs are the
    /// run's own, so they hold in the copy.
    /// </summary>
    internal KognitosRun Detached() => new()
    {
        Id = Id,
        Name = Name,
        ProcessId = ProcessId,
        AgentId = AgentId,
        Stage = Stage,
        StatusText = StatusText,
        CreatedAtText = CreatedAtText,
        FileIds = FileIds,
        OutputsOrNull = _outputs,
        RawUtf8 = RawUtf8.ToArray(),
    };

    /// <summary>
    /// Finds an output by its fact name as the typed binder does: the output with exactly that name, else the one
    /// output whose name matches loosely (<see cref="KognitosFactNames.Normalize"/>: case, spaces, underscores and
    /// hyphens, and a leading "the output " aside), so "the output total items" finds <c>total_items</c>. Several
    /// loose matches and no exact one: none is chosen, and this returns false.
    /// </summary>
    /// <param name="name">The fact name, for example "the output total".</param>
    /// <param name="output">The output, when found.</param>
    public bool TryGetOutput(string name, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out KognitosNameValue? output)
    {
        output = null;
        foreach (var candidate in Outputs)
        {
            if (string.Equals(candidate.Name, name, StringComparison.Ordinal))
            {
                output = candidate;
                return true;
            }
        }

        var wanted = KognitosFactNames.Normalize(name ?? throw new ArgumentNullException(nameof(name)));
        KognitosNameValue? loose = null;
        foreach (var candidate in Outputs)
        {
            if (!string.Equals(KognitosFactNames.Normalize(candidate.Name ?? ""), wanted, StringComparison.Ordinal))
                continue;
            if (loose is not null)
                return false;
            loose = candidate;
        }

        output = loose;
        return loose is not null;
    }

    /// <summary>Throws <see cref="KognitosRunFailedException"/> unless the run succeeded.</summary>
    public KognitosRun EnsureSucceeded()
    {
        if (Status != KognitosRunStatus.Succeeded)
            throw new KognitosRunFailedException(this);
        return this;
    }

    /// <inheritdoc />
    public override string ToString() => $"Run {Id} ({Name}) of process {ProcessId}: {StatusText}";
}
