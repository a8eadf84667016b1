using Decree73.Domain.Common;

namespace Decree73.Domain.Proposals;

public enum VoteStage
{
    /// <summary>The approval vote (Art. 8(1)).</summary>
    Approval,
    /// <summary>The vote adopting the evaluation (Art. 9(2)).</summary>
    Evaluation,
}

/// <summary>One leadership member's vote, kept as the minutes of the meeting.</summary>
public sealed class ProposalVote : Entity, IProposalOwned
{
    private ProposalVote() { }

    internal ProposalVote(VoteStage stage, Vote vote)
    {
        Stage = stage;
        OfficerId = vote.OfficerId;
        InFavour = vote.InFavour;
    }

    public int ProposalId { get; private set; }
    public VoteStage Stage { get; private set; }
    public int OfficerId { get; private set; }
    public bool InFavour { get; private set; }
}
