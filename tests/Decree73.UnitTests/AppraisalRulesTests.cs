using System.ComponentModel.DataAnnotations;
using Decree73.Application.Appraisal;
using Decree73.Domain.Appraisal;
using Decree73.Domain.Encouragement;
using Decree73.Domain.Proposals;
using Xunit;
using Decree73.Application.Officers;

namespace Decree73.UnitTests;

/// <summary>The appraisal year (closes before 15 December), the outstanding-grade quota and the credit suggestion (domain.md §8).</summary>
public sealed class AppraisalRulesTests
{
    [Theory]
    [InlineData(2026, 12, 14, 2026)]
    [InlineData(2026, 12, 15, 2027)]
    [InlineData(2026, 12, 31, 2027)]
    [InlineData(2027, 1, 1, 2027)]
    [InlineData(2026, 1, 1, 2026)]
    [InlineData(2025, 12, 14, 2025)]
    [InlineData(2025, 12, 15, 2026)]
    public void A_day_counts_for_the_year_that_closes_before_the_next_15_December(int y, int m, int d, int expected) =>
        Assert.Equal(expected, AppraisalYear.Of(new DateOnly(y, m, d)));

    [Fact]
    public void The_range_of_a_year_runs_from_15_December_before_to_14_December()
    {
        var (from, to) = AppraisalYear.Range(2026);

        Assert.Equal(new DateOnly(2025, 12, 15), from);
        Assert.Equal(new DateOnly(2026, 12, 14), to);
        Assert.Equal(2026, AppraisalYear.Of(from));
        Assert.Equal(2026, AppraisalYear.Of(to));
        Assert.Equal(2025, AppraisalYear.Of(from.AddDays(-1)));
        Assert.Equal(2027, AppraisalYear.Of(to.AddDays(1)));
    }

    [Fact]
    public void A_configured_closing_day_moves_the_boundary()
    {
        var options = new AppraisalOptions { ClosingMonth = 11, ClosingDay = 30 };

        Assert.Equal(2026, options.YearOf(new DateOnly(2026, 11, 29)));
        Assert.Equal(2027, options.YearOf(new DateOnly(2026, 11, 30)));
        Assert.Equal((new DateOnly(2025, 11, 30), new DateOnly(2026, 11, 29)), options.RangeOf(2026));
    }

    [Theory]
    [InlineData(10, 20, 2)]
    [InlineData(4, 20, 0)]
    [InlineData(5, 20, 1)]
    [InlineData(9, 20, 1)]
    [InlineData(0, 20, 0)]
    [InlineData(10, 0, 0)]
    [InlineData(10, 100, 10)]
    public void The_quota_allows_the_percentage_of_those_graded_good_rounded_down(int good, int percent, int allowed) =>
        Assert.Equal(allowed, AppraisalQuota.Allowed(good, percent));

    [Theory]
    [InlineData(2, 10, 20, false)]
    [InlineData(3, 10, 20, true)]
    [InlineData(0, 4, 20, false)]
    [InlineData(1, 4, 20, true)]
    [InlineData(0, 10, 0, false)]
    [InlineData(1, 10, 0, true)]
    [InlineData(10, 10, 100, false)]
    [InlineData(0, 0, 20, false)]
    public void The_quota_is_exceeded_only_above_what_it_allows(int outstanding, int good, int percent, bool exceeded)
    {
        Assert.Equal(exceeded, AppraisalQuota.Exceeded(outstanding, good, percent));
        Assert.Equal(exceeded, new QuotaStatus(outstanding, good, percent).Exceeded);
        // An agency recognised as outstanding for the year is never over the cap (Decree 335/2025, the exception).
        Assert.False(AppraisalQuota.Exceeded(outstanding, good, percent, outstandingAgency: true));
        Assert.False(new QuotaStatus(outstanding, good, percent) { OutstandingAgency = true }.Exceeded);
    }

    [Fact]
    public void A_task_group_over_its_cap_raises_the_warning_even_when_the_unit_is_within_it()
    {
        // 10 good and 2 outstanding in the unit (cap 2); but group "Lãnh đạo" has 2 outstanding beside 5 good (cap 1).
        var quota = new QuotaStatus(2, 10, 20)
        {
            Groups = [new GroupQuota("Lãnh đạo", 2, 5, 20, false), new GroupQuota(null, 0, 5, 20, false)],
        };

        Assert.False(quota.UnitExceeded);
        Assert.True(quota.Exceeded);
        Assert.False((quota with { OutstandingAgency = true, Groups = [new GroupQuota("Lãnh đạo", 2, 5, 20, true)] }).Exceeded);
    }

    [Theory]
    [InlineData(100, false, AppraisalGrade.Outstanding)]
    [InlineData(90, false, AppraisalGrade.Outstanding)]
    [InlineData(89.99, false, AppraisalGrade.Good)]
    [InlineData(70, false, AppraisalGrade.Good)]
    [InlineData(69.99, false, AppraisalGrade.Completed)]
    [InlineData(50, false, AppraisalGrade.Completed)]
    [InlineData(49.99, false, AppraisalGrade.NotCompleted)]
    [InlineData(0, false, AppraisalGrade.NotCompleted)]
    [InlineData(95, true, AppraisalGrade.NotCompleted)]
    public void The_score_implies_the_grade_of_the_100_point_scale(double score, bool disqualified, AppraisalGrade implied) =>
        Assert.Equal(implied, AppraisalScore.Implied((decimal)score, disqualified));

    [Theory]
    [InlineData(AppraisalGrade.Good, 85.0, false, false)]
    [InlineData(AppraisalGrade.Outstanding, 85.0, false, true)]
    [InlineData(AppraisalGrade.Good, 95.0, true, true)]
    [InlineData(AppraisalGrade.NotCompleted, 95.0, true, false)]
    [InlineData(AppraisalGrade.Good, null, false, false)]
    [InlineData(AppraisalGrade.Good, null, true, true)]
    [InlineData(null, 40.0, false, false)]
    public void A_grade_other_than_the_one_the_score_implies_is_a_mismatch(AppraisalGrade? grade, double? score, bool disqualified, bool mismatch) =>
        Assert.Equal(mismatch, AppraisalScore.Mismatch(grade, (decimal?)score, disqualified));

    [Theory]
    [InlineData(-0.5, false)]
    [InlineData(100.01, false)]
    [InlineData(87.555, false)]
    [InlineData(87.5, true)]
    [InlineData(0, true)]
    [InlineData(100, true)]
    public void The_score_is_validated_between_0_and_100(double score, bool valid) =>
        Assert.Equal(valid, new AppraisalInputValidator().Validate(new AppraisalInput { Score = (decimal)score }).IsValid);

    [Fact]
    public void The_outstanding_agency_exception_needs_its_decision()
    {
        Assert.False(new AgencyYearInputValidator().Validate(new AgencyYearInput { OutstandingAgency = true }).IsValid);
        Assert.True(new AgencyYearInputValidator().Validate(new AgencyYearInput { OutstandingAgency = true, DecisionReference = "12/QĐ-UBND" }).IsValid);
        Assert.True(new AgencyYearInputValidator().Validate(new AgencyYearInput()).IsValid);
    }

    [Theory]
    [InlineData(-1, 12, 15, false)]
    [InlineData(101, 12, 15, false)]
    [InlineData(0, 12, 15, true)]
    [InlineData(100, 12, 15, true)]
    [InlineData(20, 13, 15, false)]
    [InlineData(20, 2, 29, false)]
    [InlineData(20, 11, 31, false)]
    [InlineData(20, 2, 28, true)]
    public void The_settings_are_checked_at_start_up(int percent, int month, int day, bool valid)
    {
        var options = new AppraisalOptions { OutstandingQuotaPercent = percent, ClosingMonth = month, ClosingDay = day };

        Assert.Equal(valid, Validator.TryValidateObject(options, new ValidationContext(options), [], validateAllProperties: true));
    }

    private static OfficerProposal Evaluated(EvaluationOutcome outcome) =>
        new(1, "Đề xuất", ProposalState.Evaluated, outcome, new DateOnly(2026, 6, 1), AsProposer: true, CanOpen: true);

    [Fact]
    public void Credit_is_suggested_for_a_proposal_evaluated_completed_and_never_for_one_partly_completed_alone()
    {
        Assert.Equal(CreditReason.CompletedProposal, OfficerRecordQueries.Suggest([Evaluated(EvaluationOutcome.Completed)], []).Reason);
        Assert.False(OfficerRecordQueries.Suggest([Evaluated(EvaluationOutcome.PartlyCompleted), Evaluated(EvaluationOutcome.NotCompleted)], []).Suggested);
        Assert.False(OfficerRecordQueries.Suggest([], []).Suggested);
        var encouragement = new OfficerEncouragement(1, "Đề xuất", EncouragementMeasure.Commendation, BeneficiaryRole.Implementer, null, "1/QĐ", new DateOnly(2026, 7, 1));
        Assert.Equal(CreditReason.EncouragementGranted, OfficerRecordQueries.Suggest([], [encouragement]).Reason);
    }

    [Fact]
    public void A_grade_needs_the_decision_it_comes_from_and_no_grade_needs_nothing()
    {
        var validator = new AppraisalInputValidator();

        Assert.True(validator.Validate(new AppraisalInput { InnovationCredited = true }).IsValid);
        var missing = validator.Validate(new AppraisalInput { Grade = AppraisalGrade.Outstanding });
        Assert.Equal(nameof(AppraisalInput.DecisionReference), Assert.Single(missing.Errors).PropertyName);
        Assert.True(validator.Validate(new AppraisalInput { Grade = AppraisalGrade.Good, DecisionReference = "12/QĐ-UBND ngày 10/12/2026" }).IsValid);
        Assert.False(validator.Validate(new AppraisalInput { Grade = (AppraisalGrade)9, DecisionReference = "x" }).IsValid);
        Assert.False(validator.Validate(new AppraisalInput { Note = new string('a', 2001) }).IsValid);
    }
}
