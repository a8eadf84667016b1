using Decree73.Domain.Proposals;

namespace Decree73.Domain.Protection;

/// <summary>
/// The protection table of domain.md §7 (Art. 5(2), Art. 11): which types the law allows for an evaluation.
/// The findings (in line with policy, pure motive, common interest) are a precondition of any protection under the
/// decree, whatever the outcome: a proposal that covered self-interest is not protected because it "completed".
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
        if (!FindingsMet(findings))
        {
            return None;
        }

        if (outcome == EvaluationOutcome.Completed)
        {
            return Completed;
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
}
