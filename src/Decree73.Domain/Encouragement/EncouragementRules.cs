using Decree73.Domain.Common;
using Decree73.Domain.Proposals;

namespace Decree73.Domain.Encouragement;

public static class EncouragementErrors
{
    public static readonly DomainError NotEvaluated = new("Encouragement.NotEvaluated");
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
    /// Commendation and the early salary-step raise are for proposals evaluated completed (Art. 10); the other
    /// measures need an evaluation, and the Interior office's compliance review flags them when it was not completed.
    /// </summary>
    public static Result Check(EvaluationOutcome? outcome, EncouragementMeasure measure, int? earlyRaiseMonths)
    {
        if (outcome is null)
        {
            return EncouragementErrors.NotEvaluated;
        }

        if (measure is EncouragementMeasure.Commendation or EncouragementMeasure.EarlySalaryRaise && outcome != EvaluationOutcome.Completed)
        {
            return EncouragementErrors.RequiresCompleted;
        }

        if (measure == EncouragementMeasure.EarlySalaryRaise && earlyRaiseMonths is not (>= 1 and <= MaxEarlyRaiseMonths))
        {
            return EncouragementErrors.MonthsOutOfRange;
        }

        return Result.Success();
    }
}
