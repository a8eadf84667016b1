using Decree73.Domain.Common;

namespace Decree73.Domain.Proposals;

public enum EvaluationOutcome
{
    Completed,
    PartlyCompleted,
    NotCompleted,
}

/// <summary>
/// The findings of Art. 9(2) on which protection (Art. 5(2), 11) depends, with the causes of a result that was not
/// completed (Art. 11(4)).
/// </summary>
public sealed record EvaluationFindings(
    bool InLineWithPolicy, bool PureMotive, bool CommonInterest, bool DamageCaused, string? DamageDescription,
    string? ObjectiveCauses = null, string? SubjectiveCauses = null);

/// <summary>What an evaluation must say before it can be adopted.</summary>
public static class EvaluationRules
{
    public static readonly DomainError OutcomeRequired = new("Proposal.OutcomeRequired", "Outcome");
    public static readonly DomainError ObjectiveCausesRequired = new("Proposal.ObjectiveCausesRequired", "ObjectiveCauses");
    public static readonly DomainError SubjectiveCausesRequired = new("Proposal.SubjectiveCausesRequired", "SubjectiveCauses");
    public static readonly DomainError DamageDescriptionRequired = new("Proposal.DamageDescriptionRequired", "DamageDescription");

    /// <summary>
    /// Art. 11(4): for a proposal partly or not completed, the competent authority "xem xét, đánh giá nguyên nhân khách
    /// quan, chủ quan" before deciding on liability: both causes are required in those cases. A damage marked as caused
    /// needs its description (what the exemption or mitigation of Art. 11 is weighed against).
    /// </summary>
    public static Result Check(EvaluationOutcome? outcome, EvaluationFindings findings)
    {
        if (outcome is null)
        {
            return OutcomeRequired;
        }

        if (outcome != EvaluationOutcome.Completed)
        {
            if (string.IsNullOrWhiteSpace(findings.ObjectiveCauses))
            {
                return ObjectiveCausesRequired;
            }

            if (string.IsNullOrWhiteSpace(findings.SubjectiveCauses))
            {
                return SubjectiveCausesRequired;
            }
        }

        return findings.DamageCaused && string.IsNullOrWhiteSpace(findings.DamageDescription) ? DamageDescriptionRequired : Result.Success();
    }
}

/// <summary>
/// The evaluation meeting. Art. 9(2): "người đứng đầu cơ quan sử dụng cán bộ chủ trì họp tập thể lãnh đạo đơn vị (trừ cấp
/// phó là cán bộ có đề xuất đổi mới, sáng tạo) để đánh giá kết quả thực hiện đề xuất" — the same collective as the
/// approval meeting of Art. 8(1), which counts "trên 50% ý kiến biểu quyết tán thành" and, "trong trường hợp biểu quyết
/// ngang nhau", follows the head; domain.md §5 row 9: "Party opinion first, then a leadership meeting (same voting rule)".
/// <para>
/// Our reading (docs/workflow.md, "The evaluation vote"): the head puts one conclusion to the meeting — the outcome and
/// the findings, with the causes and the damage — and a member who votes "for" approves that conclusion as a whole,
/// "against" rejects it. The minutes name every eligible member (for, against, absent) with the meeting's date, on the
/// base of the share set by <c>Proposals:VoteBase</c>. When the conclusion is not adopted nothing is recorded (no
/// outcome, findings or minutes): the proposal still awaits its evaluation, and the head revises the conclusion and puts
/// it to another meeting.
/// </para>
/// </summary>
public static class EvaluationVote
{
    /// <summary>
    /// Success when the meeting adopted a complete conclusion; otherwise the first thing wrong: the meeting date or the
    /// roster, an incomplete conclusion (<see cref="EvaluationRules.Check"/>), or <see cref="ProposalErrors.EvaluationNotAdopted"/>.
    /// </summary>
    public static Result Adopt(
        IReadOnlyCollection<Vote> minutes, int headOfficerId, int proposerOfficerId, VoteMeeting meeting, DateOnly? openedOn,
        EvaluationOutcome? outcome, EvaluationFindings findings)
    {
        var (tally, error) = LeadershipVote.Decide(minutes, headOfficerId, proposerOfficerId, meeting, openedOn);
        if (error is not null)
        {
            return error;
        }

        var complete = EvaluationRules.Check(outcome, findings);
        if (!complete.IsSuccess)
        {
            return complete;
        }

        return tally == VoteOutcome.Passed ? Result.Success() : ProposalErrors.EvaluationNotAdopted;
    }
}
