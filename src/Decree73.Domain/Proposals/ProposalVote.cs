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

    internal ProposalVote(VoteStage stage, Vote vote, DateOnly? meetingOn = null)
    {
        Stage = stage;
        OfficerId = vote.OfficerId;
        InFavour = vote.InFavour;
        Absent = vote.Absent;
        MeetingOn = meetingOn;
    }

    public int ProposalId { get; private set; }
    public VoteStage Stage { get; private set; }
    public int OfficerId { get; private set; }
    public bool InFavour { get; private set; }

    /// <summary>The member was not at the meeting (Art. 8(1): the minutes name the whole collective, present or not).</summary>
    public bool Absent { get; private set; }

    /// <summary>The date of the leadership meeting that voted; null for votes recorded before it was kept.</summary>
    public DateOnly? MeetingOn { get; private set; }

    public VoteChoice Choice => Absent ? VoteChoice.Absent : InFavour ? VoteChoice.For : VoteChoice.Against;
}
