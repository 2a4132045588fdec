namespace KognitosGen.Tests.Ledger;

/// <summary>KognitosLedgerClaim.Decide: the one rule every ledger store applies to a claim.</summary>
public sealed class LedgerClaimRuleTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 12, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Lease = TimeSpan.FromSeconds(30);

    private static KognitosLedgerEntry Entry(string owner = "first", string? runId = null, string hash = "sha256:a", int generation = 0, TimeSpan? leaseLeft = null) =>
        new("K", hash, owner, runId, Now + (leaseLeft ?? TimeSpan.FromSeconds(10)), generation, Now - TimeSpan.FromMinutes(1));

    [Fact]
    public void A_key_without_entry_is_claimed_with_a_new_lease_at_generation_zero()
    {
        var claim = KognitosLedgerClaim.Decide(null, "K", "sha256:a", "me", null, Now, Lease);

        Assert.Equal(KognitosLedgerClaimKind.Claimed, claim.Kind);
        Assert.False(claim.TakenOver);
        Assert.Equal(("K", "sha256:a", "me", (string?)null, Now + Lease, 0, Now),
            (claim.Entry.BusinessKey, claim.Entry.InputsHash, claim.Entry.Owner, claim.Entry.RunId, claim.Entry.LeaseUntil, claim.Entry.Generation, claim.Entry.CreatedAt));
    }

    [Fact]
    public void Other_inputs_conflict_whatever_the_entry_holds()
    {
        Assert.Equal(KognitosLedgerClaimKind.Conflict, KognitosLedgerClaim.Decide(Entry(runId: "r1"), "K", "sha256:b", "me", null, Now, Lease).Kind);
        Assert.Equal(KognitosLedgerClaimKind.Conflict, KognitosLedgerClaim.Decide(Entry(), "K", "sha256:b", "me", null, Now, Lease).Kind);
        Assert.Equal(KognitosLedgerClaimKind.Conflict, KognitosLedgerClaim.Decide(Entry(runId: "r1"), "K", "sha256:b", "me", "r1", Now, Lease).Kind);
    }

    [Fact]
    public void A_recorded_run_answers_unless_the_caller_replaces_that_very_run()
    {
        var existing = KognitosLedgerClaim.Decide(Entry(runId: "r1"), "K", "sha256:a", "me", null, Now, Lease);
        var otherRun = KognitosLedgerClaim.Decide(Entry(runId: "r1"), "K", "sha256:a", "me", "r0", Now, Lease);
        var replaced = KognitosLedgerClaim.Decide(Entry(runId: "r1", generation: 2), "K", "sha256:a", "me", "r1", Now, Lease);

        Assert.Equal(KognitosLedgerClaimKind.Existing, existing.Kind);
        Assert.Equal("r1", existing.Entry.RunId);
        Assert.Equal(KognitosLedgerClaimKind.Existing, otherRun.Kind);
        Assert.Equal(KognitosLedgerClaimKind.Claimed, replaced.Kind);
        Assert.False(replaced.TakenOver);
        Assert.Null(replaced.Entry.RunId);
        Assert.Equal(3, replaced.Entry.Generation);
        Assert.Equal("me", replaced.Entry.Owner);
    }

    [Fact]
    public void A_claim_without_run_is_held_until_its_lease_ends_then_taken_over()
    {
        var held = KognitosLedgerClaim.Decide(Entry(leaseLeft: TimeSpan.FromMilliseconds(1)), "K", "sha256:a", "me", null, Now, Lease);
        var expired = KognitosLedgerClaim.Decide(Entry(leaseLeft: TimeSpan.Zero), "K", "sha256:a", "me", null, Now, Lease);

        Assert.Equal(KognitosLedgerClaimKind.HeldByOther, held.Kind);
        Assert.Equal("first", held.Entry.Owner);
        Assert.Equal(KognitosLedgerClaimKind.Claimed, expired.Kind);
        Assert.True(expired.TakenOver);
        Assert.Equal("me", expired.Entry.Owner);
        Assert.Equal(Now + Lease, expired.Entry.LeaseUntil);
        Assert.Equal(Now - TimeSpan.FromMinutes(1), expired.Entry.CreatedAt);
    }

    [Fact]
    public void An_owner_claiming_its_own_claim_again_takes_it_over_and_so_searches_first()
    {
        var again = KognitosLedgerClaim.Decide(Entry(owner: "me"), "K", "sha256:a", "me", null, Now, Lease);

        Assert.Equal(KognitosLedgerClaimKind.Claimed, again.Kind);
        Assert.True(again.TakenOver);
    }
}
