namespace KognitosGen.Emulator;

/// <summary>What a browser without a session gets (with 401): how to get in, and a form for a key of the scenario.</summary>
internal static class SignInPage
{
    public const string Path = "/ui/sign-in";

    public static string Render(string? problem, string returnTo)
    {
        var html = PageLayout.Begin("Sign in to the emulator's web UI", current: null);
        if (problem is not null)
            html.Append($"""<div class="problems" role="alert"><p>{problem}</p></div>""");
        html.Append($"""
            <p>Open the one-time link the emulator printed when it started (<code>web UI: http://…/?token=…</code>), or enter an API key of its scenario once; the browser then keeps a session cookie.</p>
            <form method="post" action="{Path}">
            <input type="hidden" name="return" value="{returnTo}">
            <div class="field"><label for="sign-in-key">API key of the scenario</label><input id="sign-in-key" name="key" type="password" autocomplete="off" required autofocus></div>
            <div class="actions"><button type="submit">Sign in</button></div>
            </form>
            """);
        return PageLayout.End(html);
    }
}
