using Decree73.Domain.Proposals;

namespace Decree73.Domain.Protection;

/// <summary>
/// The protection table of domain.md §7 (Art. 5(2), Art. 11): which types the law allows for an evaluation.
/// Art. 11(1): "Trường hợp đề xuất đổi mới, sáng tạo được đánh giá là hoàn thành thì cán bộ … không bị xử lý trách
/// nhiệm" — a completed proposal is enough for "not held liable"; the decree sets no further finding for it.
/// Exclusion, exemption and mitigation (Art. 11(2)–(4)) are for a proposal partly or not completed and rest on the
/// evaluation's findings (in line with policy, pure motive, common interest). Every type rests on the Art. 5(1)
/// conditions having been found met at the decision (<see cref="CheckFor"/>).
/// </summary>
public static class ProtectionRules
{
    private static readonly ProtectionType[] None = [];
    private static readonly ProtectionType[] Completed = [ProtectionType.NotHeldLiable];
    private static readonly ProtectionType[] NoDamage = [ProtectionType.Exclusion];
    private static readonly ProtectionType[] WithDamage = [ProtectionType.Exclusion, ProtectionType.Exemption, ProtectionType.Mitigation];

    public static bool FindingsMet(EvaluationFindings findings) =>
        findings.InLineWithPolicy && findings.PureMotive && findings.CommonInterest;

    /// <summary>The types the decider may choose among; empty when the decree gives no protection.</summary>
    public static IReadOnlyList<ProtectionType> AllowedTypes(EvaluationOutcome outcome, EvaluationFindings findings)
    {
        if (outcome == EvaluationOutcome.Completed)
        {
            return Completed;
        }

        if (!FindingsMet(findings))
        {
            return None;
        }

        return findings.DamageCaused ? WithDamage : NoDamage;
    }

    /// <summary>The type the system proposes: the only one allowed, or exclusion (the widest) when the decider chooses.</summary>
    public static ProtectionType? Suggested(EvaluationOutcome outcome, EvaluationFindings findings) =>
        AllowedTypes(outcome, findings) is [var first, ..] ? first : null;

    /// <summary>Refuses a type the evaluation does not allow, with the reason.</summary>
    public static Common.Result Check(EvaluationOutcome? outcome, EvaluationFindings? findings, ProtectionType type)
    {
        if (outcome is null || findings is null)
        {
            return ProtectionErrors.NotEvaluated;
        }

        var allowed = AllowedTypes(outcome.Value, findings);
        if (allowed.Count == 0)
        {
            return ProtectionErrors.FindingsNotMet;
        }

        return allowed.Contains(type) ? Common.Result.Success() : ProtectionErrors.TypeNotAllowed;
    }

    /// <summary>
    /// <see cref="Check"/> for a proposal, refused first when its Art. 5(1) conditions were never found met: the
    /// protection of Art. 5(2) is for a proposal that met them.
    /// </summary>
    public static Common.Result CheckFor(Proposal proposal, ProtectionType type) =>
        proposal.Outcome is not null && !ProposalConditions.Met(proposal.Conditions)
            ? ProtectionErrors.ConditionsNotRecorded
            : Check(proposal.Outcome, proposal.Findings, type);
}
