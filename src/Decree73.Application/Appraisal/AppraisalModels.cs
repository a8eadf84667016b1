using Decree73.Application.Common;
using Decree73.Domain.Appraisal;
using Decree73.Domain.Encouragement;
using Decree73.Domain.Proposals;
using Decree73.Domain.Protection;
using Decree73.Application.Officers;

namespace Decree73.Application.Appraisal;

/// <summary>A proposal the officer proposed or was assigned to implement. <see cref="CanOpen"/>: the viewer may read it.</summary>
public sealed record OfficerProposal(
    int ProposalId, string Title, ProposalState State, EvaluationOutcome? Outcome, DateOnly? EvaluatedOn, bool AsProposer, bool CanOpen);

/// <summary>A measure granted to the officer; <see cref="ProposalTitle"/> is null when the viewer may not read the proposal.</summary>
public sealed record OfficerEncouragement(
    int ProposalId, string? ProposalTitle, EncouragementMeasure Measure, BeneficiaryRole Role, int? EarlyRaiseMonths,
    string DecisionNumber, DateOnly DecisionSignedOn);

/// <summary>A protection record the viewer may see (<see cref="Protection.ProtectionAccess"/>).</summary>
public sealed record OfficerProtection(
    int Id, int ProposalId, string ProposalTitle, ProtectionType Type, string LegalBasis, string DecisionNumber, DateOnly DecisionSignedOn);

public sealed record AppraisalEntry(
    int Year, AppraisalGrade? Grade, bool InnovationCredited, string? Note, string? DecisionReference, int Version,
    decimal? Score = null, bool Disqualified = false)
{
    /// <summary>The grade the score implies on Decree 335/2025's scale (<see cref="AppraisalScore"/>).</summary>
    public AppraisalGrade? ImpliedGrade => AppraisalScore.Implied(Score, Disqualified);

    public bool ScoreMismatch => AppraisalScore.Mismatch(Grade, Score, Disqualified);
}

public enum CreditReason
{
    None,
    /// <summary>A proposal the officer proposed or implemented was evaluated completed in the year.</summary>
    CompletedProposal,
    /// <summary>An encouragement measure was granted in the year.</summary>
    EncouragementGranted,
}

/// <summary>What the system suggests crediting. Never a grade: grades are capped by quota and decided by people.</summary>
public sealed record CreditSuggestion(CreditReason Reason)
{
    public bool Suggested => Reason != CreditReason.None;
}

/// <summary>
/// A unit's outstanding grades against the quota of Decree 335/2025 (<see cref="AppraisalQuota"/>: percent of those
/// graded good), in the unit and in each task group; an agency recognised as outstanding for the year is exempt.
/// </summary>
public sealed record QuotaStatus(int Outstanding, int Good, int Percent)
{
    public bool OutstandingAgency { get; init; }
    public string? ExemptionReference { get; init; }

    /// <summary>The task groups of the unit, when it has more than one (null name: officers with no group).</summary>
    public IReadOnlyList<GroupQuota> Groups { get; init; } = [];

    public int Allowed => AppraisalQuota.Allowed(Good, Percent);
    public bool UnitExceeded => AppraisalQuota.Exceeded(Outstanding, Good, Percent, OutstandingAgency);
    public bool Exceeded => UnitExceeded || Groups.Any(g => g.Exceeded);
}

public sealed record GroupQuota(string? Name, int Outstanding, int Good, int Percent, bool OutstandingAgency)
{
    public int Allowed => AppraisalQuota.Allowed(Good, Percent);
    public bool Exceeded => AppraisalQuota.Exceeded(Outstanding, Good, Percent, OutstandingAgency);
}

/// <summary>Everything the Interior officer looks at to enter one officer's appraisal link for one year.</summary>
public sealed record AppraisalSheet(
    OfficerRef Officer, int Year, DateOnly From, DateOnly To, IReadOnlyList<OfficerProposal> Proposals,
    IReadOnlyList<OfficerEncouragement> Encouragement, IReadOnlyList<OfficerProtection> Protection,
    AppraisalEntry? Entry, CreditSuggestion Suggestion, QuotaStatus Quota);

public sealed record UnitAppraisalRow(
    int OfficerId, string FullName, string? PostTitle, AppraisalGrade? Grade, bool? InnovationCredited, string? DecisionReference, bool CreditSuggested);

public sealed record UnitAppraisalSummary(int UnitId, string UnitName, int Year, KeysetPage<UnitAppraisalRow> Officers, QuotaStatus Quota);

/// <summary>
/// The officer page ("hồ sơ đổi mới sáng tạo"). <see cref="Protection"/> holds only what the viewer may see; when it is
/// empty the page shows no protection section at all.
/// </summary>
public sealed record OfficerProfile(
    OfficerRef Officer, IReadOnlyList<OfficerProposal> Proposals, IReadOnlyList<OfficerEncouragement> Encouragement,
    IReadOnlyList<OfficerProtection> Protection, IReadOnlyList<AppraisalEntry> Appraisals);
