using Microsoft.Playwright;

namespace KognitosGen.Emulator.Tests;

/// <summary>
/// One headless Chromium for a test class: the system's (Debian's package), never a download; the tests fail, not
/// skip, when it is missing. KOGNITOS_CHROMIUM names another executable.
/// </summary>
public sealed class ChromiumBrowser : IAsyncLifetime
{
    public const string PathVariable = "KOGNITOS_CHROMIUM";
    private const string DebianPath = "/usr/bin/chromium";

    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("The browser is not started.");

    public async Task InitializeAsync()
    {
        var path = Environment.GetEnvironmentVariable(PathVariable) is { Length: > 0 } chosen ? chosen : DebianPath;
        if (!File.Exists(path))
        {
            throw new InvalidOperationException(
                $"No Chromium at '{path}': the browser tests need one (apt-get install -y chromium, or set {PathVariable}).");
        }

        // A shared 2-core CI machine: the pages' live updates (one poll a second) may need a few seconds.
        Assertions.SetDefaultExpectTimeout(15_000);
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = path,
            Headless = true,
            // A closed network: no sandbox (root in CI), no GPU, nothing that phones home.
            Args =
            [
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
            ],
        });
    }

    /// <summary>A fresh browser context (its own cookies) with a page of the given width.</summary>
    public async Task<IPage> NewPageAsync(int width = 1100, int height = 760)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = height },
        });
        context.SetDefaultTimeout(15_000);
        return await context.NewPageAsync();
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
            await _browser.DisposeAsync();
        _playwright?.Dispose();
    }
}
