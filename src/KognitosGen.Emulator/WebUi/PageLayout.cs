namespace KognitosGen.Emulator;

/// <summary>The frame every page shares: title, navigation, a skip link, the stylesheet and the script.</summary>
internal static class PageLayout
{
    public const string RunsPath = "/";
    public const string ProcessesPath = "/ui/processes";
    public const string FaultsPath = "/ui/faults";
    public const string VariantsPath = "/ui/variants";

    public static HtmlBuilder Begin(string title, string? current)
    {
        var html = new HtmlBuilder();
        html.Append($"""
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{title} · Kognitos emulator</title>
            <link rel="stylesheet" href="{WebUiAssets.StylePath}">
            <script src="{WebUiAssets.ScriptPath}" defer></script>
            </head>
            <body>
            <a class="skip" href="#main">Skip to content</a>
            <header class="top">
            <span class="brand">Kognitos emulator</span>
            """);
        if (current is not null)
        {
            html.Append($"""<nav aria-label="Pages"><ul>""");
            NavItem(html, RunsPath, "Runs", current);
            NavItem(html, ProcessesPath, "Processes", current);
            NavItem(html, FaultsPath, "Faults and variants", current);
            html.Append($"</ul></nav>");
        }

        html.Append($"""
            </header>
            <main id="main" tabindex="-1">
            <h1>{title}</h1>
            """);
        return html;
    }

    public static string End(HtmlBuilder html)
    {
        html.Append($"</main>\n</body>\n</html>\n");
        return html.ToString();
    }

    /// <summary>A form's hidden field against cross-site posts.</summary>
    public static HtmlRaw CsrfField(WebUiSession session)
    {
        var field = new HtmlBuilder();
        field.Append($"""<input type="hidden" name="{WebUiAccess.CsrfField}" value="{session.CsrfToken}">""");
        return new HtmlRaw(field.ToString());
    }

    /// <summary>The problems with what was sent, announced to screen readers.</summary>
    public static void Problems(HtmlBuilder html, System.Collections.Generic.IReadOnlyList<string> problems)
    {
        if (problems.Count == 0)
            return;
        html.Append($"""<div class="problems" role="alert"><p>Not applied:</p><ul>""");
        foreach (var problem in problems)
            html.Append($"<li>{problem}</li>");
        html.Append($"</ul></div>");
    }

    public static HtmlRaw StatusBadge(string status)
    {
        var badge = new HtmlBuilder();
        badge.Append($"""<span class="status status-{status.ToLowerInvariant()}">{status}</span>""");
        return new HtmlRaw(badge.ToString());
    }

    private static void NavItem(HtmlBuilder html, string path, string label, string current)
    {
        if (path == current)
            html.Append($"""<li><a href="{path}" aria-current="page">{label}</a></li>""");
        else
            html.Append($"""<li><a href="{path}">{label}</a></li>""");
    }
}
