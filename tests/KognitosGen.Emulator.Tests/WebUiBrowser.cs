using System.Text.RegularExpressions;

namespace KognitosGen.Emulator.Tests;

/// <summary>A browser of the emulator's web UI: opens it with the one-time link and posts its forms with the session's CSRF token.</summary>
internal sealed class WebUiBrowser : IDisposable
{
    private readonly HttpClient _http;
    private string? _csrf;

    public WebUiBrowser(KognitosEmulator emulator)
    {
        _http = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false })
        {
            BaseAddress = emulator.BaseAddress,
        };
        WebUiLink = emulator.WebUiLink;
    }

    private Uri WebUiLink { get; }

    /// <summary>Posts a form of the web UI (the CSRF field added) and returns the status it answers.</summary>
    public async Task<HttpStatusCode> PostAsync(string path, IReadOnlyDictionary<string, string> fields)
    {
        var csrf = await CsrfAsync();
        using var content = new FormUrlEncodedContent(fields.Append(new KeyValuePair<string, string>("csrf", csrf)));
        using var response = await _http.PostAsync(path, content);
        return response.StatusCode;
    }

    private async Task<string> CsrfAsync()
    {
        if (_csrf is not null)
            return _csrf;
        using (var opened = await _http.GetAsync(WebUiLink))
            Assert.Equal(HttpStatusCode.SeeOther, opened.StatusCode);
        var page = await _http.GetStringAsync("/ui/faults");
        _csrf = Regex.Match(page, "name=\"csrf\" value=\"([^\"]+)\"").Groups[1].Value;
        Assert.NotEmpty(_csrf);
        return _csrf;
    }

    public void Dispose() => _http.Dispose();
}
