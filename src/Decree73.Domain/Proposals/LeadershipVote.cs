using Decree73.Domain.Common;

namespace Decree73.Domain.Proposals;

public sealed record Vote(int OfficerId, bool InFavour);

public enum VoteOutcome
{
    Passed,
    NotPassed,
}

/// <summary>
/// Decree 73 Art. 8(1): the leadership group votes; the proposal passes with more than half of the votes cast in
/// favour; on a tie the side the head voted with wins; a member who is the proposer does not vote.
/// </summary>
public static class LeadershipVote
{
    public static (VoteOutcome? Outcome, DomainError? Error) Tally(IReadOnlyCollection<Vote> votes, int headOfficerId, int proposerOfficerId)
    {
        if (votes.Count == 0)
        {
            return (null, ProposalErrors.NoVotes);
        }

        if (votes.Select(v => v.OfficerId).Distinct().Count() != votes.Count)
        {
            return (null, ProposalErrors.DuplicateVoter);
        }

        if (votes.Any(v => v.OfficerId == proposerOfficerId))
        {
            return (null, ProposalErrors.ProposerCannotVote);
        }

        var head = votes.FirstOrDefault(v => v.OfficerId == headOfficerId);
        if (head is null)
        {
            return (null, ProposalErrors.HeadDidNotVote);
        }

        var inFavour = votes.Count(v => v.InFavour);
        var against = votes.Count - inFavour;
        var passed = inFavour == against ? head.InFavour : inFavour > against;
        return (passed ? VoteOutcome.Passed : VoteOutcome.NotPassed, null);
    }
}
