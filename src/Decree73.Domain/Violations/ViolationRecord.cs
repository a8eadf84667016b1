using Decree73.Domain.Common;

namespace Decree73.Domain.Violations;

/// <summary>
/// The prohibited acts of Decree 73 Art. 6 (domain.md §4 "Prohibited acts"):
/// "lợi dụng việc khuyến khích, bảo vệ cán bộ … để trục lợi, tham nhũng, vì động cơ cá nhân"; "cản trở, xúc phạm,
/// trù dập cán bộ có đề xuất đổi mới sáng tạo"; "né tránh, đùn đẩy trách nhiệm trong quá trình xem xét, phê duyệt, tổ
/// chức thực hiện đề xuất"; "không chấp hành chỉ đạo tiếp tục, tạm dừng, dừng thực hiện đề xuất".
/// </summary>
public enum ProhibitedAct
{
    /// <summary>Using the procedure to cover corruption or for personal gain.</summary>
    AbuseForPersonalGain,
    /// <summary>Obstructing, insulting or retaliating against a proposer.</summary>
    ObstructingProposer,
    /// <summary>Evading or shifting responsibility during the review, approval or implementation.</summary>
    EvadingResponsibility,
    /// <summary>Ignoring a direction to continue, suspend or stop the implementation.</summary>
    IgnoringSuspensionOrStop,
}

/// <summary>
/// An Art. 6 violation recorded against a proposal and the officer concerned, and how it was handled. Need-to-know
/// like a protection record: the Interior officers whose scope reaches the deciding agency, the head of that agency
/// and the officer concerned (docs/decisions/0009, docs/protection.md; the rule is ViolationService.VisibleAsync), never a plain administrator.
/// </summary>
public sealed class ViolationRecord : Entity
{
    private ViolationRecord() { }

    public ViolationRecord(int proposalId, int decidingUnitId, int officerId, ProhibitedAct act, DateOnly occurredOn, string description, int recordedByOfficerId)
    {
        ProposalId = proposalId;
        DecidingUnitId = decidingUnitId;
        OfficerId = officerId;
        Act = act;
        OccurredOn = occurredOn;
        Description = description;
        RecordedByOfficerId = recordedByOfficerId;
    }

    public int ProposalId { get; private set; }

    /// <summary>The proposal's deciding agency when recorded: whose head and Interior office see the record.</summary>
    public int DecidingUnitId { get; private set; }

    /// <summary>The officer who committed the act.</summary>
    public int OfficerId { get; private set; }

    public ProhibitedAct Act { get; set; }
    public DateOnly OccurredOn { get; set; }
    public string Description { get; set; } = "";
    public int RecordedByOfficerId { get; set; }

    /// <summary>How it was handled (the disciplinary or other measure) and the decision; null until handled.</summary>
    public string? Handling { get; set; }
    public DateOnly? HandledOn { get; set; }

    /// <summary>Handled: a measure and its date are recorded (the figure "Art. 6 violations handled" of domain.md §9).</summary>
    public bool IsHandled => HandledOn is not null && !string.IsNullOrWhiteSpace(Handling);
}
