using Decree73.Application.Proposals;
using Decree73.Domain.Calendar;
using Decree73.Domain.Proposals;
using Xunit;

namespace Decree73.UnitTests;

/// <summary>
/// domain.md §5: every due date comes from <see cref="DeadlineRules"/>, in working days. Each case puts days off inside
/// the window and checks the date against the same count without them, so a rule that ignored the calendar fails.
/// </summary>
public sealed class DeadlineRulesTests
{
    private static readonly WorkingCalendar Holidays = new(HolidaySeed.Days);
    private static readonly WorkingCalendar WeekendsOnly = new([]);
    private static readonly DeadlineRules Decree = new();

    [Fact]
    public void The_decision_is_due_seven_working_days_from_receipt_across_tet()
    {
        var receivedOn = new DateOnly(2026, 2, 13); // Friday before Tết Bính Ngọ: 16–20/02 off

        // 23, 24, 25, 26, 27 February, 2, 3 March.
        Assert.Equal(new DateOnly(2026, 3, 3), Decree.DecisionDue(Holidays, receivedOn));
        Assert.Equal(new DateOnly(2026, 2, 24), Decree.DecisionDue(WeekendsOnly, receivedOn));
    }

    [Fact]
    public void The_completion_report_is_due_five_working_days_after_the_plans_end_across_the_may_holidays()
    {
        var endOn = new DateOnly(2026, 4, 29); // 30/4 and 1/5 off, then the weekend

        // 4, 5, 6, 7, 8 May.
        Assert.Equal(new DateOnly(2026, 5, 8), Decree.CompletionReportDue(Holidays, endOn));
        Assert.Equal(new DateOnly(2026, 5, 6), Decree.CompletionReportDue(WeekendsOnly, endOn));
    }

    [Fact]
    public void The_evaluation_is_due_seven_working_days_after_the_report_counting_a_make_up_saturday()
    {
        var reportedOn = new DateOnly(2025, 12, 30);

        // 31/12, (1/1 and 2/1 off), 5, 6, 7, 8, 9/1 and the make-up Saturday 10/01/2026.
        Assert.Equal(new DateOnly(2026, 1, 10), Decree.EvaluationDue(Holidays, reportedOn));
        Assert.Equal(new DateOnly(2026, 1, 8), Decree.EvaluationDue(WeekendsOnly, reportedOn));
    }

    [Fact]
    public void The_result_notice_is_due_three_working_days_after_the_evaluation()
    {
        var evaluatedOn = new DateOnly(2026, 4, 29);

        // 30/4 and 1/5 off, then the weekend: 4, 5, 6 May.
        Assert.Equal(new DateOnly(2026, 5, 6), Decree.ResultDue(Holidays, evaluatedOn));
        Assert.Equal(new DateOnly(2026, 5, 4), Decree.ResultDue(WeekendsOnly, evaluatedOn));
    }

    [Fact]
    public void An_opinion_request_is_due_five_working_days_after_it_is_made_by_default()
    {
        var requestedOn = new DateOnly(2025, 12, 31);

        // 1/1 and 2/1 off: 5, 6, 7, 8, 9 January.
        Assert.Equal(new DateOnly(2026, 1, 9), Decree.OpinionDue(Holidays, requestedOn));
        Assert.Equal(new DateOnly(2026, 1, 7), Decree.OpinionDue(WeekendsOnly, requestedOn));
    }

    [Fact]
    public void The_configured_working_days_reach_every_deadline()
    {
        var rules = new ProposalOptions
        {
            DecisionWorkingDays = 1, CompletionReportWorkingDays = 2, EvaluationWorkingDays = 3, ResultWorkingDays = 4, OpinionWorkingDays = 6,
        }.Deadlines;
        var monday = new DateOnly(2026, 3, 2);

        Assert.Equal(new DateOnly(2026, 3, 3), rules.DecisionDue(Holidays, monday));
        Assert.Equal(new DateOnly(2026, 3, 4), rules.CompletionReportDue(Holidays, monday));
        Assert.Equal(new DateOnly(2026, 3, 5), rules.EvaluationDue(Holidays, monday));
        Assert.Equal(new DateOnly(2026, 3, 6), rules.ResultDue(Holidays, monday));
        Assert.Equal(new DateOnly(2026, 3, 10), rules.OpinionDue(Holidays, monday));
    }
}
