using KognitosGen;

namespace KognitosGen.Sample.Processes;

/// <summary>How customers feel, as the feedback process sees it.</summary>
public enum Sentiment
{
    /// <summary>Mostly unhappy.</summary>
    Negative,

    /// <summary>Neither.</summary>
    Neutral,

    /// <summary>Mostly happy.</summary>
    Positive,
}

/// <summary>Summarises customer comments; still in development, so it runs the Draft stage.</summary>
#pragma warning disable KOG0009 // Still in development in Kognitos: Draft even in Release builds, on purpose.
[KognitosProcess("to summarize customer feedback comments", ProcessId = "o9p8q7r6s5t4u3v2w1x0yzab2", Stage = KognitosStage.Draft)]
#pragma warning restore KOG0009
public sealed partial class SummarizeFeedback
{
    /// <summary>The comments to summarise.</summary>
    [KognitosInput("comments")] public required string[] Comments { get; init; }

    /// <summary>How many comments there are.</summary>
    [KognitosInput("comment count")] public int CommentCount => Comments.Length;

    /// <summary>The summary.</summary>
    [KognitosOutput("the output summary")] public string Summary { get; private set; } = "";

    /// <summary>The overall sentiment.</summary>
    [KognitosOutput("the output sentiment")] public Sentiment Sentiment { get; private set; }

    /// <summary>The sentiment score, 0 to 1.</summary>
    [KognitosOutput("the output score")] public double Score { get; private set; }

    /// <summary>When the comments were reviewed.</summary>
    [KognitosOutput("the output reviewed at")] public DateTimeOffset ReviewedAt { get; private set; }
}
