using System.Net;
using System.Text.RegularExpressions;

namespace KognitosGen.Testing.Tests;

/// <summary>
/// The emulator's web UI in the test kit's form: served at / of the kit's emulator, listing runs the real client
/// started, and finding a business key's run by the key itself (the UI computes its token as the client does).
/// </summary>
public sealed class WebUiTests
{
    [Fact]
    public async Task The_kits_emulator_serves_the_web_UI_and_finds_a_business_keys_run_by_its_key()
    {
        await using var kognitos = await KognitosTestServer.StartAsync();
        kognitos.Process<Invoice>().Returns(new KognitosOutputs<Invoice> { [p => p.Total] = 7m });
        var keyed = await kognitos.Client.StartAsync(new Invoice { InvoiceNumber = "INV-9", Amount = 1m },
            new KognitosStartOptions { BusinessKey = "order-9" });
        await kognitos.Client.StartAsync(new Invoice { InvoiceNumber = "INV-10", Amount = 2m });

        // The one-time link's redirect sets the session cookie the container keeps for the next pages.
        using var browser = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer() }) { BaseAddress = kognitos.BaseAddress };
        using var opened = await browser.GetAsync(kognitos.Emulator.WebUiLink);
        Assert.Equal(HttpStatusCode.OK, opened.StatusCode);
        Assert.Equal(2, RunIds(await opened.Content.ReadAsStringAsync()).Count);

        var byKey = RunIds(await browser.GetStringAsync("/?key=order-9"));
        Assert.Equal([keyed.RunId], byKey);
    }

    private static List<string> RunIds(string html) =>
        Regex.Matches(html, "data-run-id=\"([0-9a-z]+)\"").Select(m => m.Groups[1].Value).ToList();
}
