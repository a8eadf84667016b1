using Decree73.Domain.Common;

namespace Decree73.Domain.Proposals;

/// <summary>
/// The notice of the evaluation result (Art. 9): "Trong thời hạn 03 ngày làm việc … thông báo kết quả đánh giá" — the
/// head issues it, numbered, dated and signed, within <see cref="DeadlineRules.Result"/> working days of the evaluation.
/// </summary>
public sealed record ResultNotice(string Number, DateOnly SignedOn, string Signer)
{
    public DateTime IssuedAtUtc { get; init; }
    public int IssuedByOfficerId { get; init; }

    /// <summary>Late when signed after the deadline the evaluation set.</summary>
    public static bool IsLate(DateOnly? dueOn, DateOnly? signedOn, DateOnly today) =>
        dueOn is { } due && (signedOn ?? today) > due;

    public static readonly DomainError AlreadyIssued = new("Proposal.ResultNoticeAlreadyIssued");
    public static readonly DomainError Missing = new("Proposal.ResultNoticeMissing");
}
