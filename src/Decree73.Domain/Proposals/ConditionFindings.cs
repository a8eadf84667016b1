using Decree73.Domain.Common;

namespace Decree73.Domain.Proposals;

/// <summary>The conditions the head records a finding on before the decision (Art. 5(1), Art. 4(2)).</summary>
public enum ProposalCondition
{
    /// <summary>Art. 5(1)(a): a bottleneck not yet regulated, or not clearly regulated.</summary>
    Bottleneck,
    /// <summary>Art. 5(1)(b): vì lợi ích chung.</summary>
    CommonInterest,
    /// <summary>Art. 5(1)(c): an urgent practical need.</summary>
    UrgentNeed,
    /// <summary>Art. 5(1)(d): does not touch national defence, security or public order.</summary>
    NoSecurityImpact,
    /// <summary>Art. 5(1)(đ): does not harm other localities, agencies or units.</summary>
    NoHarmToOthers,
    /// <summary>Art. 4(2): within the unit's authority; otherwise the proposal is escalated.</summary>
    WithinAuthority,
}

/// <summary>
/// The head's finding on each condition: yes, no, or not yet decided (null), each with a note. Kept with who recorded
/// them and when; approval, encouragement and protection rest on them (<see cref="ProposalConditions"/>).
/// </summary>
public sealed record ConditionFindings(
    bool? Bottleneck, string? BottleneckNote,
    bool? CommonInterest, string? CommonInterestNote,
    bool? UrgentNeed, string? UrgentNeedNote,
    bool? NoSecurityImpact, string? NoSecurityImpactNote,
    bool? NoHarmToOthers, string? NoHarmToOthersNote,
    bool? WithinAuthority, string? WithinAuthorityNote)
{
    public DateTime RecordedAtUtc { get; init; }
    public int RecordedByOfficerId { get; init; }

    public bool? Finding(ProposalCondition condition) => condition switch
    {
        ProposalCondition.Bottleneck => Bottleneck,
        ProposalCondition.CommonInterest => CommonInterest,
        ProposalCondition.UrgentNeed => UrgentNeed,
        ProposalCondition.NoSecurityImpact => NoSecurityImpact,
        ProposalCondition.NoHarmToOthers => NoHarmToOthers,
        ProposalCondition.WithinAuthority => WithinAuthority,
        _ => throw new ArgumentOutOfRangeException(nameof(condition), condition, null),
    };

    public string? Note(ProposalCondition condition) => condition switch
    {
        ProposalCondition.Bottleneck => BottleneckNote,
        ProposalCondition.CommonInterest => CommonInterestNote,
        ProposalCondition.UrgentNeed => UrgentNeedNote,
        ProposalCondition.NoSecurityImpact => NoSecurityImpactNote,
        ProposalCondition.NoHarmToOthers => NoHarmToOthersNote,
        ProposalCondition.WithinAuthority => WithinAuthorityNote,
        _ => throw new ArgumentOutOfRangeException(nameof(condition), condition, null),
    };
}

/// <summary>
/// The one place where the conditions of Decree 73 gate a proposal.
/// Art. 5(1): "Đề xuất đổi mới, sáng tạo … phải đáp ứng các điều kiện sau: a) … điểm nghẽn, vướng mắc … pháp luật chưa
/// quy định hoặc quy định chưa rõ …; b) Vì lợi ích chung; c) Xuất phát từ yêu cầu cấp thiết của thực tiễn …;
/// d) Không thuộc lĩnh vực quốc phòng, an ninh, trật tự an toàn xã hội …; đ) Không gây phương hại đến lợi ích của
/// địa phương, cơ quan, tổ chức, đơn vị khác." Art. 4(2): the proposal stays within the authority of the agency that
/// decides; beyond it, it goes to the competent level (domain.md §5 row 5).
/// Art. 1: pilot mechanisms under a separate legal instrument are outside the decree's scope.
/// </summary>
public static class ProposalConditions
{
    public static readonly DomainError NotRecorded = new("Proposal.ConditionsNotRecorded");
    public static readonly DomainError PilotOutOfScope = new("Proposal.PilotOutOfScope", "IsPilotMechanism");

    public static IReadOnlyList<ProposalCondition> All { get; } = Enum.GetValues<ProposalCondition>();

    /// <summary>Why a single condition stands in the way of approval, or null when its finding is "yes".</summary>
    public static DomainError? Problem(ConditionFindings? findings, ProposalCondition condition) => findings?.Finding(condition) switch
    {
        true => null,
        null => new DomainError("Proposal.ConditionMissing", condition.ToString()),
        false when condition == ProposalCondition.WithinAuthority => new DomainError("Proposal.OutsideAuthority", condition.ToString()),
        false => new DomainError("Proposal.ConditionNotMet", condition.ToString()),
    };

    /// <summary>Approval (a passing vote, the head's override) is refused while a finding is missing or negative.</summary>
    public static Result CheckForApproval(ConditionFindings? findings)
    {
        if (findings is null)
        {
            return NotRecorded;
        }

        return All.Select(c => Problem(findings, c)).FirstOrDefault(e => e is not null) is { } error ? error : Result.Success();
    }

    /// <summary>Encouragement (Art. 10) and protection (Art. 11) rest on findings that were recorded and all met.</summary>
    public static bool Met(ConditionFindings? findings) => CheckForApproval(findings).IsSuccess;
}
