namespace KognitosGen.Transport;

/// <summary>What an HTTP answer says about whether the server acted on the request, and whether asking again may help.</summary>
internal static class StatusMeaning
{
    /// <summary>
    /// 429 and 503: the server (or the gateway in front of it) refused the request without acting on it, so it is safe
    /// to send again, even a run start.
    /// </summary>
    public static bool IsRefusal(int status) => status is 429 or 503;

    /// <summary>
    /// Whether the server may have acted: a success says it did; a 500, 502, 504 (or other 5xx but 503) may come from
    /// a gateway after the API acted, or from the API part-way. A refusal and every other answer (400, 401, 403, 404,
    /// 409, 422 ...) are the server's word that it did not.
    /// </summary>
    public static bool MayHaveActed(int status) => status is >= 200 and < 300 || (status >= 500 && !IsRefusal(status));

    /// <summary>
    /// The documented answer at the concurrent-run limit: 403 saying "Resource Not Available" (its body's form is
    /// undocumented, so the words are looked for in the error's message, else anywhere in the raw body, in any case).
    /// Any other 403 (a key scoped to another agent, say) stays a definitive refusal.
    /// </summary>
    public static bool IsConcurrencyLimit(int status, string? errorMessage, string? rawBody) =>
        status == 403
        && ((errorMessage?.IndexOf(ResourceNotAvailable, System.StringComparison.OrdinalIgnoreCase) ?? -1) >= 0
            || (rawBody?.IndexOf(ResourceNotAvailable, System.StringComparison.OrdinalIgnoreCase) ?? -1) >= 0);

    private const string ResourceNotAvailable = "Resource Not Available";

    /// <summary>Answers that a later attempt may not get: refusals and a gateway's 502 or 504.</summary>
    public static bool IsTransient(int status) => status is 429 or 502 or 503 or 504;
}
