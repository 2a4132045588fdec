namespace KognitosGen.Emulator;

/// <summary>
/// The readings the emulator takes where the public docs are silent (kognitos-api-v2.md, "Open questions"). Each
/// member defaults to the emulator's long-standing choice; switching one lets a client be tested against another
/// plausible reading. Set in a scenario (<c>"variants"</c>) or in <see cref="KognitosEmulatorOptions.Variants"/>.
/// </summary>
public sealed class EmulatorVariants
{
    /// <summary>The largest listing lag accepted: one minute.</summary>
    public const int MaxRunListLagMs = 60_000;

    /// <summary>The order <c>GET /v2/runs</c> lists runs in.</summary>
    public RunListOrder RunListOrder { get; set; } = RunListOrder.NewestFirst;

    /// <summary>How long a new run stays out of <c>GET /v2/runs</c> (it can be read by ID at once). Default 0.</summary>
    public int RunListLagMs { get; set; }

    /// <summary>The success code of <c>POST /v2/runs</c>: 200, 201 (the default) or 202.</summary>
    public int RunStartStatusCode { get; set; } = 201;

    /// <summary>The status in the answer to <c>POST /v2/runs</c>.</summary>
    public FirstRunStatus FirstRunStatus { get; set; } = FirstRunStatus.Created;

    /// <summary>How <c>created_at</c> is written.</summary>
    public CreatedAtForm CreatedAt { get; set; } = CreatedAtForm.UtcWithoutOffset;

    /// <summary>The zone of <see cref="CreatedAtForm.WithOffset"/> and <see cref="CreatedAtForm.LocalWithoutOffset"/>, in minutes east of UTC. Default -300 (UTC-05:00).</summary>
    public int CreatedAtZoneOffsetMinutes { get; set; } = -300;

    /// <summary>What list-runs items carry as <c>outputs</c>. The scenario's <c>listIncludesOutputs</c> still turns outputs on.</summary>
    public ListOutputsForm ListOutputs { get; set; } = ListOutputsForm.Null;

    /// <summary>The body of 401, 403, 429 and 5xx answers.</summary>
    public ErrorBodyForm ErrorBodies { get; set; } = ErrorBodyForm.ErrorModel;

    /// <summary>How status words are spelled.</summary>
    public StatusWordStyle StatusWords { get; set; } = StatusWordStyle.Documented;

    /// <summary>When true, a run reads <c>AwaitingGuidance</c> (an undocumented status) for the second half of its running time.</summary>
    public bool RunsAwaitGuidance { get; set; }

    /// <summary>The shape of file IDs.</summary>
    public FileIdForm FileIds { get; set; } = FileIdForm.ShortId;

    /// <summary>Whether <c>GET /v2/health</c> needs an API key (the default) or answers anyone.</summary>
    public bool HealthRequiresKey { get; set; } = true;

    /// <summary>
    /// How output fact names are written. Default <see cref="OutputNameForm.SnakeCase"/>, the form of the documented
    /// examples (<c>total_items</c>).
    /// </summary>
    public OutputNameForm OutputNames { get; set; } = OutputNameForm.SnakeCase;

    /// <summary>Which JSON types an input's value may have. Default: any.</summary>
    public InputValueTypes InputValues { get; set; } = InputValueTypes.AnyJson;

    /// <summary>
    /// Whether a run may name a file whose bytes have not been uploaded yet (open question 6). Default false: such a
    /// start is refused with 404 "A referenced resource was not found".
    /// </summary>
    public bool RunsAcceptFilesNotUploaded { get; set; }

    /// <summary>The <c>status</c> <c>GET /v2/health</c> reports. Default <c>OK</c>.</summary>
    public string HealthStatus { get; set; } = "OK";

    /// <summary>The HTTP status <c>GET /v2/health</c> answers with: 200 (the default) or 503.</summary>
    public int HealthStatusCode { get; set; } = 200;

    /// <summary>
    /// When true, POST bodies are read as JSON whatever their <c>Content-Type</c>. Default false: a body declared as
    /// anything but JSON (<c>text/plain</c>, a form, XML) is refused with 400 "Invalid input values", as the API's
    /// FastAPI validation refuses it; a body without a <c>Content-Type</c> is read as JSON, as FastAPI does.
    /// </summary>
    public bool LenientContentType { get; set; }

    /// <summary>
    /// The most runs of one agent that may be unfinished (created, pending or running) at once; a start beyond it is
    /// answered with the documented 403 "Resource Not Available" and creates nothing. 0 (the default): no limit.
    /// </summary>
    public int ConcurrentRunLimit { get; set; }

    /// <summary>
    /// Takes every member of <paramref name="other"/> (validated by the caller): the web UI changes the variants of a
    /// running emulator in place, since its handlers and middleware hold this instance. Each member is written whole;
    /// a request under way while they change may read some old and some new members.
    /// </summary>
    internal void CopyFrom(EmulatorVariants other)
    {
        RunListOrder = other.RunListOrder;
        RunListLagMs = other.RunListLagMs;
        RunStartStatusCode = other.RunStartStatusCode;
        FirstRunStatus = other.FirstRunStatus;
        CreatedAt = other.CreatedAt;
        CreatedAtZoneOffsetMinutes = other.CreatedAtZoneOffsetMinutes;
        ListOutputs = other.ListOutputs;
        ErrorBodies = other.ErrorBodies;
        StatusWords = other.StatusWords;
        RunsAwaitGuidance = other.RunsAwaitGuidance;
        FileIds = other.FileIds;
        HealthRequiresKey = other.HealthRequiresKey;
        OutputNames = other.OutputNames;
        InputValues = other.InputValues;
        RunsAcceptFilesNotUploaded = other.RunsAcceptFilesNotUploaded;
        HealthStatus = other.HealthStatus;
        HealthStatusCode = other.HealthStatusCode;
        LenientContentType = other.LenientContentType;
        ConcurrentRunLimit = other.ConcurrentRunLimit;
    }

    /// <summary>A copy, so that a running emulator is not changed through the caller's instance.</summary>
    public EmulatorVariants Clone() => (EmulatorVariants)MemberwiseClone();

    /// <summary>The members that differ from the defaults, e.g. <c>runListOrder=OldestFirst, runListLagMs=500</c>; <c>defaults</c> when none.</summary>
    public override string ToString() => VariantsDescription.Describe(this);
}
