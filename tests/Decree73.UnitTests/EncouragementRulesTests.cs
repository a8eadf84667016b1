using Decree73.Domain.Encouragement;
using Decree73.Domain.Proposals;
using Xunit;

namespace Decree73.UnitTests;

/// <summary>What Art. 10 ties to the outcome (domain.md §6).</summary>
public sealed class EncouragementRulesTests
{
    [Fact]
    public void A_completed_proposal_suggests_every_measure_and_the_others_none()
    {
        Assert.Equal(Enum.GetValues<EncouragementMeasure>(), EncouragementRules.Suggested(EvaluationOutcome.Completed));
        Assert.Empty(EncouragementRules.Suggested(EvaluationOutcome.PartlyCompleted));
        Assert.Empty(EncouragementRules.Suggested(EvaluationOutcome.NotCompleted));
        Assert.Empty(EncouragementRules.Suggested(null));
    }

    [Theory]
    [InlineData(EvaluationOutcome.PartlyCompleted, EncouragementMeasure.Commendation)]
    [InlineData(EvaluationOutcome.NotCompleted, EncouragementMeasure.Commendation)]
    [InlineData(EvaluationOutcome.PartlyCompleted, EncouragementMeasure.EarlySalaryRaise)]
    [InlineData(EvaluationOutcome.NotCompleted, EncouragementMeasure.EarlySalaryRaise)]
    [InlineData(EvaluationOutcome.PartlyCompleted, EncouragementMeasure.RankPromotionAchievement)]
    [InlineData(EvaluationOutcome.NotCompleted, EncouragementMeasure.RankPromotionAchievement)]
    public void Commendation_rank_promotion_credit_and_early_raise_are_refused_unless_completed(EvaluationOutcome outcome, EncouragementMeasure measure)
    {
        // Art. 10(1)(c): the condition "evaluated completed" governs the rank-promotion credit as well as the early raise.
        Assert.Equal(EncouragementErrors.RequiresCompleted, EncouragementRules.Check(outcome, measure, 6).Error);
        Assert.True(EncouragementRules.Check(EvaluationOutcome.Completed, measure, 6).IsSuccess);
        Assert.True(EncouragementRules.RequiresCompleted(measure));
    }

    [Fact]
    public void Priority_in_appraisal_and_appointment_needs_an_evaluation_but_not_a_completed_one()
    {
        const EncouragementMeasure measure = EncouragementMeasure.PlanningAndAppointmentPriority;
        Assert.False(EncouragementRules.RequiresCompleted(measure));
        Assert.True(EncouragementRules.Check(EvaluationOutcome.PartlyCompleted, measure, null).IsSuccess);
        Assert.True(EncouragementRules.Check(EvaluationOutcome.NotCompleted, measure, null).IsSuccess);
        Assert.Equal(EncouragementErrors.NotEvaluated, EncouragementRules.Check(null, measure, null).Error);
    }

    [Fact]
    public void A_proposal_whose_conditions_were_never_recorded_gets_no_encouragement()
    {
        var evaluated = ProposalTransitionTests.Reach(ProposalState.Evaluated);
        Assert.Equal(EncouragementErrors.RequiresCompleted, EncouragementRules.CheckFor(evaluated, EncouragementMeasure.Commendation, null).Error);
        Assert.True(EncouragementRules.CheckFor(evaluated, EncouragementMeasure.PlanningAndAppointmentPriority, null).IsSuccess);

        var unrecorded = ConditionGateTests.EvaluatedWithoutConditions(EvaluationOutcome.Completed);
        Assert.Equal(EncouragementErrors.ConditionsNotRecorded, EncouragementRules.CheckFor(unrecorded, EncouragementMeasure.Commendation, null).Error);
        Assert.Equal(EncouragementErrors.ConditionsNotRecorded, EncouragementRules.CheckFor(unrecorded, EncouragementMeasure.PlanningAndAppointmentPriority, null).Error);
    }

    [Theory]
    [InlineData(null, false)]
    [InlineData(0, false)]
    [InlineData(1, true)]
    [InlineData(12, true)]
    [InlineData(13, false)]
    [InlineData(-1, false)]
    public void The_early_raise_is_one_to_twelve_months(int? months, bool allowed)
    {
        var result = EncouragementRules.Check(EvaluationOutcome.Completed, EncouragementMeasure.EarlySalaryRaise, months);

        Assert.Equal(allowed, result.IsSuccess);
        if (!allowed)
        {
            Assert.Equal(EncouragementErrors.MonthsOutOfRange, result.Error);
        }
    }
}
