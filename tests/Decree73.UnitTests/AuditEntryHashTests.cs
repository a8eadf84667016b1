using Decree73.Domain.Audit;
using Decree73.Domain.Proposals;
using Xunit;

namespace Decree73.UnitTests;

public sealed class AuditEntryHashTests
{
    private static readonly DateTime At = new(2026, 3, 2, 2, 0, 0, 123, DateTimeKind.Utc);

    private static AuditEntry Entry(string? after = "{\"State\":\"Submitted\"}", string? previous = null, string? before = "{\"State\":\"Draft\"}") =>
        new(7, 2, At.AddTicks(4567), "user-1", 3, "Submitted", "Proposal", 7, before, after, "203.0.113.7", previous);

    [Fact]
    public void The_hash_is_stable_and_matches_the_stored_content()
    {
        var entry = Entry();

        Assert.Equal(64, entry.Hash.Length);
        Assert.Equal(entry.Hash, entry.ComputeHash());
        Assert.Equal(entry.Hash, Entry().Hash);
        Assert.Equal(At, entry.OccurredAtUtc);
    }

    [Fact]
    public void Any_change_of_content_or_of_the_previous_hash_changes_the_hash()
    {
        var hash = Entry().Hash;

        Assert.NotEqual(hash, Entry(after: "{\"State\":\"Approved\"}").Hash);
        Assert.NotEqual(hash, Entry(previous: new string('a', 64)).Hash);
        // Moving text from one field to the next must not give the same serialisation.
        Assert.NotEqual(Entry(before: "ab", after: "c").Hash, Entry(before: "a", after: "bc").Hash);
        Assert.NotEqual(Entry(before: null).Hash, Entry(before: "").Hash);
    }

    [Theory]
    [InlineData(ProposalState.Submitted, ProposalState.Approved, "Approved")]
    [InlineData(ProposalState.NotPassed, ProposalState.Approved, "Overridden")]
    [InlineData(ProposalState.Suspended, ProposalState.InProgress, "Resumed")]
    [InlineData(ProposalState.Approved, ProposalState.InProgress, "ImplementationDecided")]
    [InlineData(ProposalState.Submitted, ProposalState.Draft, "ReturnedForRevision")]
    public void A_state_change_is_named_after_its_transition(ProposalState from, ProposalState to, string expected)
    {
        Assert.Equal(expected, AuditActions.Transition(from, to));
    }
}
