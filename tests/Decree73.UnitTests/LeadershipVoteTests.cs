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

    // The roster (Art. 8(1)): "Tập thể lãnh đạo tham gia biểu quyết bao gồm người đứng đầu và cấp phó ..., trừ cấp phó là
    // cán bộ có đề xuất". A five-member leadership: the head (1) and deputies 2–5.
    private static readonly int[] Five = [Head, 2, 3, 4, 5];

    private static (VoteOutcome?, Domain.Common.DomainError?) Minutes(VoteBase voteBase, params Vote[] votes) =>
        LeadershipVote.Tally(votes, Head, Proposer, Five, voteBase);

    [Fact]
    public void With_a_roster_one_yes_from_the_head_is_not_a_vote_of_the_leadership()
    {
        Assert.Equal((null, ProposalErrors.RosterIncomplete), Minutes(VoteBase.VotesCast, new Vote(Head, true)));
        Assert.Equal((null, ProposalErrors.RosterIncomplete), Minutes(VoteBase.VotesCast, new(Head, true), new(2, true), new(3, true), new(4, true)));
    }

    [Fact]
    public void Every_member_may_be_recorded_absent_but_nobody_outside_the_roster_votes()
    {
        Assert.Equal((VoteOutcome.Passed, null), Minutes(VoteBase.VotesCast,
            new(Head, true), new(2, true), new(3, false), new(4, VoteChoice.Absent), new(5, VoteChoice.Absent)));
        Assert.Equal((null, ProposalErrors.VoterNotInLeadership), Minutes(VoteBase.VotesCast,
            new(Head, true), new(2, true), new(3, false), new(4, true), new(5, true), new(6, true)));
    }

    [Fact]
    public void The_head_chairs_the_meeting_and_cannot_be_absent()
    {
        Assert.Equal((null, ProposalErrors.HeadDidNotVote), Minutes(VoteBase.VotesCast,
            new(Head, VoteChoice.Absent), new(2, true), new(3, true), new(4, true), new(5, true)));
    }

    [Fact]
    public void By_default_the_share_is_of_the_votes_expressed_absent_members_are_not_counted()
    {
        // 2 for, 1 against, 2 absent: 2/3 of the votes expressed.
        Assert.Equal((VoteOutcome.Passed, null), Minutes(VoteBase.VotesCast,
            new(Head, true), new(2, true), new(3, false), new(4, VoteChoice.Absent), new(5, VoteChoice.Absent)));
    }

    [Fact]
    public void With_the_all_members_base_an_absent_member_counts_as_not_in_favour()
    {
        // Same minutes: 2 of 5 members is not more than half.
        Assert.Equal((VoteOutcome.NotPassed, null), Minutes(VoteBase.AllMembers,
            new(Head, true), new(2, true), new(3, false), new(4, VoteChoice.Absent), new(5, VoteChoice.Absent)));
        // 3 of 5 is.
        Assert.Equal((VoteOutcome.Passed, null), Minutes(VoteBase.AllMembers,
            new(Head, true), new(2, true), new(3, true), new(4, VoteChoice.Absent), new(5, false)));
    }

    [Fact]
    public void The_tie_rule_stays_with_absent_members()
    {
        // 2 for (the head among them), 2 against, 1 absent: a tie of the votes expressed, the head's side wins.
        Assert.Equal((VoteOutcome.Passed, null), Minutes(VoteBase.VotesCast,
            new(Head, true), new(2, true), new(3, false), new(4, false), new(5, VoteChoice.Absent)));
        Assert.Equal((VoteOutcome.NotPassed, null), Minutes(VoteBase.VotesCast,
            new(Head, false), new(2, false), new(3, true), new(4, true), new(5, VoteChoice.Absent)));
    }

    [Fact]
    public void A_deputy_who_proposed_is_not_on_the_roster_and_may_not_vote()
    {
        int[] roster = [Head, 2, 3];
        Assert.Equal((VoteOutcome.Passed, null), LeadershipVote.Tally([new(Head, true), new(2, true), new(3, false)], Head, Proposer, roster, VoteBase.VotesCast));
        Assert.Equal((null, ProposalErrors.ProposerCannotVote),
            LeadershipVote.Tally([new(Head, true), new(2, true), new(3, false), new(Proposer, true)], Head, Proposer, [.. roster, Proposer], VoteBase.VotesCast));
    }
}
