using Decree73.Domain.Proposals;
using Xunit;

namespace Decree73.UnitTests;

/// <summary>Decree 73 Art. 8(1), case by case. Head is officer 1, the proposer officer 9.</summary>
public sealed class LeadershipVoteTests
{
    private const int Head = 1;
    private const int Proposer = 9;

    private static (VoteOutcome?, Domain.Common.DomainError?) Tally(params Vote[] votes) => LeadershipVote.Tally(votes, Head, Proposer);

    [Fact]
    public void More_than_half_in_favour_passes()
    {
        Assert.Equal((VoteOutcome.Passed, null), Tally(new(Head, false), new(2, true), new(3, true)));
    }

    [Fact]
    public void Exactly_half_against_the_head_does_not_pass()
    {
        Assert.Equal((VoteOutcome.NotPassed, null), Tally(new(Head, false), new(2, true), new(3, false), new(4, true)));
    }

    [Fact]
    public void A_tie_goes_with_the_heads_vote_in_favour()
    {
        Assert.Equal((VoteOutcome.Passed, null), Tally(new(Head, true), new(2, false), new(3, true), new(4, false)));
    }

    [Fact]
    public void A_tie_goes_with_the_heads_vote_against()
    {
        Assert.Equal((VoteOutcome.NotPassed, null), Tally(new(Head, false), new(2, true)));
    }

    [Fact]
    public void A_minority_in_favour_fails_even_with_the_head_in_favour()
    {
        Assert.Equal((VoteOutcome.NotPassed, null), Tally(new(Head, true), new(2, false), new(3, false)));
    }

    [Fact]
    public void The_head_alone_decides_a_one_member_leadership()
    {
        Assert.Equal((VoteOutcome.Passed, null), Tally(new Vote(Head, true)));
    }

    [Fact]
    public void A_deputy_who_proposed_may_not_vote()
    {
        Assert.Equal((null, ProposalErrors.ProposerCannotVote), Tally(new(Head, true), new(Proposer, true)));
    }

    [Fact]
    public void The_head_must_vote()
    {
        Assert.Equal((null, ProposalErrors.HeadDidNotVote), Tally(new(2, true), new(3, true)));
    }

    [Fact]
    public void No_votes_is_refused()
    {
        Assert.Equal((null, ProposalErrors.NoVotes), Tally());
    }

    [Fact]
    public void A_member_votes_once()
    {
        Assert.Equal((null, ProposalErrors.DuplicateVoter), Tally(new(Head, true), new(2, true), new(2, false)));
    }
}
