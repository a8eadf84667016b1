using Decree73.Domain.Common;

namespace Decree73.Domain.Proposals;

/// <summary>
/// A leadership member's own position on a pending vote, given before the meeting (for or against, with an optional
/// note). It is not the vote: the head records the meeting's minutes (Art. 8(1), Art. 9(2)), where the positions are
/// prefilled and each member may still be marked otherwise or absent. The member may change it until the minutes are
/// recorded; the positions of a round are cleared once it ends.
/// </summary>
public sealed class VotePosition : Entity, IProposalOwned
{
    public const int NoteMaxLength = 1000;

    private VotePosition() { }

    internal VotePosition(VoteStage stage, int officerId, bool inFavour, string? note, DateTime recordedAtUtc)
    {
        Stage = stage;
        OfficerId = officerId;
        Change(inFavour, note, recordedAtUtc);
    }

    public int ProposalId { get; private set; }
    public VoteStage Stage { get; private set; }
    public int OfficerId { get; private set; }
    public bool InFavour { get; private set; }
    public string? Note { get; private set; }
    public DateTime RecordedAtUtc { get; private set; }

    internal void Change(bool inFavour, string? note, DateTime recordedAtUtc)
    {
        InFavour = inFavour;
        Note = note;
        RecordedAtUtc = recordedAtUtc;
    }
}
