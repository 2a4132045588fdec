using System;
using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using System.Threading;
using Microsoft.AspNetCore.Http;

namespace KognitosGen.Emulator;

/// <summary>
/// Who may use the web UI: a browser that opened the one-time link (its token is then spent and a new one takes its
/// place) or posted a key of the scenario gets a session cookie; every page and action checks it.
/// </summary>
internal sealed class WebUiAccess(Func<CompiledScenario> scenario)
{
    public const string TokenParameter = "token";
    public const string CsrfField = "csrf";

    private readonly ConcurrentDictionary<string, WebUiSession> _sessions = new(StringComparer.Ordinal);
    private string _linkToken = NewSecret();

    /// <summary>Per instance, so emulators on other ports of the same host (cookies ignore ports) keep their own.</summary>
    public string CookieName { get; } = "kognitos-emulator-ui-" + IdGenerator.NewId()[..8];

    /// <summary>The token of the link that lets the next browser in.</summary>
    public string LinkToken => Volatile.Read(ref _linkToken);

    /// <summary>Spends the link's token when <paramref name="token"/> is it, and opens a session.</summary>
    public WebUiSession? RedeemLinkToken(string token)
    {
        var current = LinkToken;
        if (!SameSecret(token, current) || Interlocked.CompareExchange(ref _linkToken, NewSecret(), current) != current)
            return null;
        return Open();
    }

    /// <summary>Opens a session when <paramref name="key"/> is an API key of the scenario.</summary>
    public WebUiSession? SignIn(string key) =>
        key.Length > 0 && scenario().ApiKeys.ContainsKey(key) ? Open() : null;

    public WebUiSession? SessionOf(HttpContext context) =>
        context.Request.Cookies.TryGetValue(CookieName, out var id) && id is not null && _sessions.TryGetValue(id, out var session)
            ? session
            : null;

    public void SetCookie(HttpContext context, WebUiSession session) =>
        context.Response.Cookies.Append(CookieName, session.Id, new CookieOptions
        {
            HttpOnly = true,
            SameSite = SameSiteMode.Strict,
            Path = "/",
            Secure = context.Request.IsHttps,
        });

    public static bool SameSecret(string? given, string expected) =>
        given is not null && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(given), Encoding.UTF8.GetBytes(expected));

    private WebUiSession Open()
    {
        var session = new WebUiSession(NewSecret(), NewSecret());
        _sessions[session.Id] = session;
        return session;
    }

    private static string NewSecret() => IdGenerator.NewId() + IdGenerator.NewId();
}
