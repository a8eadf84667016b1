using Decree73.Application.Protection;
using Decree73.Domain.Encouragement;
using Decree73.Domain.Proposals;

namespace Decree73.Application.Encouragement;

/// <summary>One measure granted, as the proposal's encouragement list shows it.</summary>
public sealed record EncouragementItem(
    int Id, int OfficerId, string OfficerName, BeneficiaryRole Role, EncouragementMeasure Measure, int? EarlyRaiseMonths,
    string DecisionNumber, DateOnly DecisionSignedOn, string DecisionSigner, string? Notes);

/// <summary>
/// An officer concerned with the measures the law ties to the outcome that they have not been granted yet;
/// <see cref="IsSelf"/> when it is the viewer (who may not grant to themselves).
/// </summary>
public sealed record EncouragementCandidate(ConcernedOfficer Officer, IReadOnlyList<EncouragementMeasure> Suggested, bool IsSelf);

/// <summary>What the encouragement page of an evaluated proposal shows to whoever may read the proposal.</summary>
public sealed record EncouragementPanel(
    int ProposalId, string ProposalTitle, EvaluationOutcome Outcome, bool MayRecord,
    IReadOnlyList<EncouragementCandidate> Candidates, IReadOnlyList<EncouragementItem> Granted, ConditionFindings? Conditions = null);

/// <summary>The grant form's fields. The proposal and the officer come from the route.</summary>
public sealed class EncouragementInput
{
    public BeneficiaryRole? Role { get; set; }
    public EncouragementMeasure? Measure { get; set; }
    public int? EarlyRaiseMonths { get; set; }
    public string? DecisionNumber { get; set; }
    public DateOnly? DecisionSignedOn { get; set; }
    public string? DecisionSigner { get; set; }
    public string? Notes { get; set; }
}

public sealed record EncouragementFormContext(
    int ProposalId, string ProposalTitle, EvaluationOutcome Outcome, ConcernedOfficer Officer, IReadOnlyList<EncouragementMeasure> Suggested,
    ConditionFindings? Conditions = null);
