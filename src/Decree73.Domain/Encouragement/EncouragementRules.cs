using Decree73.Domain.Common;
using Decree73.Domain.Proposals;

namespace Decree73.Domain.Encouragement;

public static class EncouragementErrors
{
    public static readonly DomainError NotEvaluated = new("Encouragement.NotEvaluated");
    public static readonly DomainError ConditionsNotRecorded = new("Encouragement.ConditionsNotRecorded");
    public static readonly DomainError RequiresCompleted = new("Encouragement.RequiresCompleted", "Measure");
    public static readonly DomainError MonthsOutOfRange = new("Encouragement.MonthsOutOfRange", "EarlyRaiseMonths");
    public static readonly DomainError NotConcerned = new("Encouragement.NotConcerned", "OfficerId");
    public static readonly DomainError Duplicate = new("Encouragement.Duplicate", "Measure");
}

/// <summary>What Art. 10 ties to an evaluation's outcome.</summary>
public static class EncouragementRules
{
    public const int MaxEarlyRaiseMonths = 12;

    private static readonly EncouragementMeasure[] ForCompleted =
    [
        EncouragementMeasure.Commendation, EncouragementMeasure.PlanningAndAppointmentPriority,
        EncouragementMeasure.RankPromotionAchievement, EncouragementMeasure.EarlySalaryRaise,
    ];

    /// <summary>The measures the system suggests: all of them for a completed proposal, none otherwise.</summary>
    public static IReadOnlyList<EncouragementMeasure> Suggested(EvaluationOutcome? outcome) =>
        outcome == EvaluationOutcome.Completed ? ForCompleted : [];

    /// <summary>
    /// The measures Art. 10(1) ties to a proposal evaluated completed. Point (a), commendation, says so itself. Point (c)
    /// (domain.md §6) names two things in one sentence: the proposal counts as an outstanding public-service achievement
    /// when promotion to a higher rank (nâng ngạch) is considered, and the officer is considered for a salary-step raise
    /// ahead of time (nâng bậc lương trước thời hạn). Our reading: the point's condition, "được đánh giá hoàn thành",
    /// governs both halves, so the rank-promotion credit needs a completed evaluation like the early raise; only point
    /// (b), the priority in appraisal, planning and appointment, is open to any evaluated proposal (and flagged by the
    /// compliance review when not completed).
    /// </summary>
    public static bool RequiresCompleted(EncouragementMeasure measure) => measure is
        EncouragementMeasure.Commendation or EncouragementMeasure.RankPromotionAchievement or EncouragementMeasure.EarlySalaryRaise;

    /// <summary>
    /// Refuses what Art. 10(1) does not allow for the outcome. The early raise is measured in whole months ahead of the
    /// regular date, at most <see cref="MaxEarlyRaiseMonths"/> ("trước thời hạn tối đa 12 tháng", the ceiling of the
    /// salary rules the decree refers to): 1–12.
    /// </summary>
    public static Result Check(EvaluationOutcome? outcome, EncouragementMeasure measure, int? earlyRaiseMonths)
    {
        if (outcome is null)
        {
            return EncouragementErrors.NotEvaluated;
        }

        if (RequiresCompleted(measure) && outcome != EvaluationOutcome.Completed)
        {
            return EncouragementErrors.RequiresCompleted;
        }

        if (measure == EncouragementMeasure.EarlySalaryRaise && earlyRaiseMonths is not (>= 1 and <= MaxEarlyRaiseMonths))
        {
            return EncouragementErrors.MonthsOutOfRange;
        }

        return Result.Success();
    }

    /// <summary>
    /// <see cref="Check"/> for a proposal, refused first when its Art. 5(1) conditions were never found met: Art. 10
    /// encourages those behind proposals that met the conditions.
    /// </summary>
    public static Result CheckFor(Proposal proposal, EncouragementMeasure measure, int? earlyRaiseMonths) =>
        proposal.Outcome is not null && !ProposalConditions.Met(proposal.Conditions)
            ? EncouragementErrors.ConditionsNotRecorded
            : Check(proposal.Outcome, measure, earlyRaiseMonths);
}
