using KognitosGen.Wire;
using KognitosGen.RunStart;

namespace KognitosGen.Tests.Client;

/// <summary>
/// The lookup after a lost start reads the list's order from the pages and stops early only when the run cannot be
/// further down, whichever order the list is in and whichever zone created_at is written in.
/// </summary>
public sealed class StartTokenTargetTests
{
    private const string Token = "kg-0123456789";
    private static readonly DateTimeOffset Start = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);

    private static KognitosRun Run(string name, string? createdAt) => new() { Id = name, Name = name, CreatedAtText = createdAt };

    private static string Utc(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture);

    private static KognitosRun[] Page(Func<int, DateTimeOffset> at, int count, Func<DateTimeOffset, string?> format) =>
        Enumerable.Range(0, count).Select(i => Run("r" + i, format(at(i)))).ToArray();

    [Fact]
    public void The_run_carrying_the_token_is_found_wherever_it_is_on_the_page()
    {
        var scan = new StartTokenTarget(Token, Start, offsetlessZone: null);
        var page = new[] { Run("a", null), Run($"to pay [{Token}]", null), Run("b", null) };

        Assert.Equal($"to pay [{Token}]", scan.Find(page)?.Name);
    }

    [Fact]
    public void As_a_search_target_it_skips_the_excepted_run_notes_every_run_read_and_ends_once_the_run_is_found()
    {
        var listed = new HashSet<string>(StringComparer.Ordinal);
        var target = new StartTokenTarget(Token, Start, offsetlessZone: null, exceptRunId: "mine", listed);
        var first = new KognitosPage<KognitosRun> { ItemsOrNull = [Run("a", null), new KognitosRun { Id = "mine", Name = $"x [{Token}]" }], ContinuationToken = "p2" };
        var second = new KognitosPage<KognitosRun> { ItemsOrNull = [Run("b", null), new KognitosRun { Id = "twin", Name = $"x [{Token}]" }] };

        Assert.False(target.Examine(first));
        Assert.Null(target.Found);
        Assert.Equal(new[] { "a", "mine" }, listed.Order(StringComparer.Ordinal));
        Assert.True(target.Examine(second));
        Assert.Equal("twin", target.Found?.Id);
        Assert.Equal(10, target.MaxPages);
    }

    [Fact]
    public void As_a_search_target_it_ends_on_a_newest_first_page_that_has_passed_the_start()
    {
        var target = new StartTokenTarget(Token, Start, offsetlessZone: null);
        var page = new KognitosPage<KognitosRun>
        {
            ItemsOrNull = Page(i => Start.AddHours(-1).AddMinutes(-i), 5, at => Utc(at) + "Z"),
            ContinuationToken = "more",
        };

        Assert.True(target.Examine(page));
        Assert.Null(target.Found);
    }

    [Fact]
    public void A_newest_first_list_past_the_start_stops_the_scan_when_times_carry_their_zone()
    {
        var scan = new StartTokenTarget(Token, Start, offsetlessZone: null);
        var page = Page(i => Start.AddHours(-1).AddMinutes(-i), 5, at => at.ToOffset(TimeSpan.FromHours(-5)).ToString("yyyy-MM-dd'T'HH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture));

        Assert.Null(scan.Find(page));
        Assert.True(scan.PassedTheStart(page[^1]));
    }

    [Fact]
    public void An_oldest_first_list_never_stops_the_scan_early_however_old_its_runs()
    {
        var scan = new StartTokenTarget(Token, Start, offsetlessZone: TimeSpan.Zero);
        var page = Page(i => Start.AddDays(-3).AddMinutes(i), 5, at => Utc(at) + "Z");

        Assert.Null(scan.Find(page));
        Assert.False(scan.PassedTheStart(page[^1]));
    }

    [Fact]
    public void Without_created_at_or_with_a_single_run_the_order_is_unknown_and_the_scan_goes_on()
    {
        var absent = new StartTokenTarget(Token, Start, offsetlessZone: TimeSpan.Zero);
        var single = new StartTokenTarget(Token, Start, offsetlessZone: TimeSpan.Zero);
        var noTimes = Page(_ => Start, 5, _ => null);
        var one = new[] { Run("old", Utc(Start.AddDays(-3))) };

        absent.Find(noTimes);
        single.Find(one);

        Assert.False(absent.PassedTheStart(noTimes[^1]));
        Assert.False(single.PassedTheStart(one[0]));
    }

    [Fact]
    public void Offset_less_times_of_an_unknown_zone_stop_the_scan_only_past_any_zones_reach()
    {
        var scan = new StartTokenTarget(Token, Start, offsetlessZone: null);
        // Written in UTC-12:00 without an offset: a run created just after the start reads twelve hours earlier.
        var westOfUtc = Page(i => Start.AddSeconds(30).AddHours(-12).AddSeconds(-i), 5, Utc);
        var dayOld = Page(i => Start.AddDays(-1).AddSeconds(-i), 5, Utc);

        scan.Find(westOfUtc);
        Assert.False(scan.PassedTheStart(westOfUtc[^1]));
        scan.Find(dayOld);
        Assert.True(scan.PassedTheStart(dayOld[^1]));
    }

    [Fact]
    public void A_learned_zone_lets_offset_less_times_stop_the_scan_after_an_hour_and_a_margin()
    {
        var scan = new StartTokenTarget(Token, Start, offsetlessZone: TimeSpan.FromHours(-5));
        var local = (DateTimeOffset at) => Utc(at.AddHours(-5));
        var recent = Page(i => Start.AddMinutes(-30).AddSeconds(-i), 5, local);
        var older = Page(i => Start.AddHours(-2).AddSeconds(-i), 5, local);

        scan.Find(recent);
        Assert.False(scan.PassedTheStart(recent[^1]));
        scan.Find(older);
        Assert.True(scan.PassedTheStart(older[^1]));
    }

    [Fact]
    public void A_start_answer_shows_the_zone_of_offset_less_times()
    {
        var answeredAt = new DateTimeOffset(2026, 3, 1, 12, 0, 0, 400, TimeSpan.Zero);
        var utc = new CreatedAtZoneObserver();
        var india = new CreatedAtZoneObserver();
        var withOffset = new CreatedAtZoneObserver();
        var skewed = new CreatedAtZoneObserver();

        utc.Observe(Run("a", "2026-03-01T12:00:00"), answeredAt);
        india.Observe(Run("a", "2026-03-01T17:29:59"), answeredAt);
        withOffset.Observe(Run("a", "2026-03-01T17:30:00+05:30"), answeredAt);
        skewed.Observe(Run("a", "2026-03-01T12:07:30"), answeredAt);

        Assert.Equal(TimeSpan.Zero, utc.Offset);
        Assert.Equal(TimeSpan.FromMinutes(330), india.Offset);
        Assert.Null(withOffset.Offset);
        Assert.Null(skewed.Offset);
    }

    [Theory]
    [InlineData("2021-01-01T12:00:00", false)]
    [InlineData("2021-01-01T12:00:00Z", true)]
    [InlineData("2021-01-01T07:00:00-05:00", true)]
    [InlineData("2021-01-01 12:00:00+0100", true)]
    [InlineData("2021-01-01", false)]
    [InlineData(null, false)]
    public void A_created_at_tells_whether_it_carries_its_zone(string? text, bool hasOffset) =>
        Assert.Equal(hasOffset, CreatedAtText.HasOffset(text));
}
