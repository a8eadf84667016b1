using Decree73.Domain.Common;

namespace Decree73.Domain.Proposals;

/// <summary>Whom an opinion is asked of (Art. 4, Art. 8(2)).</summary>
public enum OpinionKind
{
    /// <summary>The same-level Party committee (cấp ủy cùng cấp): required before the vote and the evaluation.</summary>
    PartyCommittee,
    /// <summary>A related agency or unit.</summary>
    RelatedUnit,
    /// <summary>An expert, for broad or complex proposals.</summary>
    Expert,
}

/// <summary>A request for an opinion (lấy ý kiến) with its own due date, and the response once it arrives.</summary>
public sealed class OpinionRequest : Entity, IProposalOwned
{
    private OpinionRequest() { }

    internal OpinionRequest(
        OpinionKind kind, VoteStage stage, string addressee, int? addresseeUnitId, int requestedByOfficerId, DateTime requestedAtUtc, DateOnly dueOn)
    {
        Kind = kind;
        Stage = stage;
        Addressee = addressee;
        AddresseeUnitId = addresseeUnitId;
        RequestedByOfficerId = requestedByOfficerId;
        RequestedAtUtc = requestedAtUtc;
        DueOn = dueOn;
    }

    public int ProposalId { get; private set; }
    public OpinionKind Kind { get; private set; }

    /// <summary>Whether the opinion is asked for the approval or for the evaluation of the result.</summary>
    public VoteStage Stage { get; private set; }

    /// <summary>The body or person asked, as written in the request (e.g. "Đảng ủy phường Trạm Lộ").</summary>
    public string Addressee { get; private set; } = "";
    public int? AddresseeUnitId { get; private set; }
    public int RequestedByOfficerId { get; private set; }
    public DateTime RequestedAtUtc { get; private set; }
    public DateOnly DueOn { get; private set; }

    public string? Response { get; private set; }
    public DateTime? RespondedAtUtc { get; private set; }
    public int? RecordedByOfficerId { get; private set; }

    public bool IsAnswered => Response is not null;

    /// <summary>Unanswered and past its due date (the due day itself is still on time).</summary>
    public bool IsOverdue(DateOnly today) => !IsAnswered && today > DueOn;

    internal void Answer(string response, DateTime respondedAtUtc, int recordedByOfficerId)
    {
        Response = response;
        RespondedAtUtc = respondedAtUtc;
        RecordedByOfficerId = recordedByOfficerId;
    }
}
