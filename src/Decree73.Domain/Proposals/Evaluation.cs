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
