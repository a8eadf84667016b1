using Decree73.Domain.Calendar;
using Decree73.Domain.Proposals;
using Xunit;

namespace Decree73.UnitTests;

/// <summary>domain.md §5: who holds each step, and the deadline of each step counted in working days.</summary>
public sealed class ProposalStepTests
{
    private static readonly WorkingCalendar Calendar = new(HolidaySeed.Days);
    private static readonly DeadlineRules Decree = new();

    [Theory]
    [InlineData(ProposalState.Draft, StepHolder.Proposer)]
    [InlineData(ProposalState.Submitted, StepHolder.DecidingHead)]
    [InlineData(ProposalState.OpinionsRequested, StepHolder.DecidingHead)]
    [InlineData(ProposalState.NotPassed, StepHolder.DecidingHead)]
    [InlineData(ProposalState.Approved, StepHolder.DecidingHead)]
    [InlineData(ProposalState.InProgress, StepHolder.Proposer)]
    [InlineData(ProposalState.Suspended, StepHolder.DecidingHead)]
    [InlineData(ProposalState.Stopped, StepHolder.DecidingHead)]
    [InlineData(ProposalState.CompletionReported, StepHolder.DecidingHead)]
    [InlineData(ProposalState.Evaluated, StepHolder.DecidingHead)]
    [InlineData(ProposalState.Rejected, StepHolder.Nobody)]
    [InlineData(ProposalState.Escalated, StepHolder.Nobody)]
    [InlineData(ProposalState.Closed, StepHolder.Nobody)]
    public void Every_state_has_its_holder(ProposalState state, StepHolder holder)
    {
        Assert.Equal(holder, ProposalStep.HolderOf(state));
    }

    [Fact]
    public void Every_state_is_covered_by_the_holder_rule()
    {
        foreach (var state in Enum.GetValues<ProposalState>())
        {
            _ = ProposalStep.HolderOf(state); // throws for a state added without a rule
        }
    }

    [Theory]
    [InlineData(ProposalState.Submitted)]
    [InlineData(ProposalState.OpinionsRequested)]
    [InlineData(ProposalState.NotPassed)]
    [InlineData(ProposalState.Approved)]
    public void Until_the_implementation_decision_the_step_is_due_seven_working_days_from_receipt(ProposalState state)
    {
        var proposal = ProposalTransitionTests.Reach(state);

        Assert.Equal(proposal.DecisionDueOn, ProposalStep.DueOn(proposal, new DateOnly(2026, 3, 20), Calendar, Decree));
        Assert.NotNull(proposal.DecisionDueOn);
    }

    [Fact]
    public void The_completion_report_is_due_five_working_days_after_the_plans_end_across_tet()
    {
        var proposal = ProposalTransitionTests.Reach(ProposalState.InProgress);
        proposal.EndOn = new DateOnly(2026, 2, 13); // Friday before Tết Bính Ngọ: 16–20/02 off, then the weekend

        // 23, 24, 25, 26, 27 February.
        Assert.Equal(new DateOnly(2026, 2, 27), ProposalStep.DueOn(proposal, new DateOnly(2025, 12, 1), Calendar, Decree));
    }

    [Fact]
    public void In_progress_without_an_end_date_has_no_deadline()
    {
        var proposal = ProposalTransitionTests.Reach(ProposalState.InProgress);
        proposal.EndOn = null;

        Assert.Null(ProposalStep.DueOn(proposal, new DateOnly(2026, 3, 2), Calendar, Decree));
    }

    [Theory]
    [InlineData(ProposalState.CompletionReported)]
    [InlineData(ProposalState.Stopped)]
    public void The_evaluation_is_due_seven_working_days_after_the_report_or_the_stop_counting_a_make_up_saturday(ProposalState state)
    {
        var proposal = ProposalTransitionTests.Reach(state);

        // Reported Tuesday 30/12/2025: 31/12, (1/1 and 2/1 off), 5, 6, 7, 8, 9/1 — and Saturday 10/01/2026 is worked
        // in place of 2/1, so the 7th working day is that Saturday.
        Assert.Equal(new DateOnly(2026, 1, 10), ProposalStep.DueOn(proposal, new DateOnly(2025, 12, 30), Calendar, Decree));
    }

    [Fact]
    public void The_result_is_due_three_working_days_after_the_evaluation()
    {
        var proposal = ProposalTransitionTests.Reach(ProposalState.Evaluated);

        // Evaluated Wednesday 29/04/2026: 30/4 and 1/5 are off, then the weekend, so 4, 5, 6 May.
        Assert.Equal(new DateOnly(2026, 5, 6), ProposalStep.DueOn(proposal, new DateOnly(2026, 4, 29), Calendar, Decree));
    }

    [Theory]
    [InlineData(ProposalState.Draft)]
    [InlineData(ProposalState.Suspended)]
    [InlineData(ProposalState.Rejected)]
    [InlineData(ProposalState.Escalated)]
    [InlineData(ProposalState.Closed)]
    public void Steps_without_a_legal_deadline_have_none(ProposalState state)
    {
        Assert.Null(ProposalStep.DueOn(ProposalTransitionTests.Reach(state), new DateOnly(2026, 3, 2), Calendar, Decree));
    }

    [Fact]
    public void The_clock_restarts_on_a_new_state_but_not_on_a_change_within_the_same_state()
    {
        var proposal = ProposalTransitionTests.Reach(ProposalState.Submitted);
        var first = new DateTime(2026, 3, 2, 2, 0, 0, DateTimeKind.Utc);
        proposal.AssignStep(1, first, _ => new DateOnly(2026, 3, 11), Calendar);

        proposal.AssignStep(1, first.AddDays(2), _ => new DateOnly(2026, 3, 11), Calendar);
        Assert.Equal(first, proposal.StepSinceUtc);

        Assert.True(proposal.RequestOpinions(new ProposalActor(1, IsDecidingHead: true)).IsSuccess);
        proposal.AssignStep(1, first.AddDays(3), _ => null, Calendar);
        Assert.Equal(first.AddDays(3), proposal.StepSinceUtc);
        Assert.Null(proposal.StepDueOn);
    }

    [Fact]
    public void A_finished_proposal_has_nobody_responsible_whatever_is_passed()
    {
        var proposal = ProposalTransitionTests.Reach(ProposalState.Rejected);

        proposal.AssignStep(1, new DateTime(2026, 3, 2, 2, 0, 0, DateTimeKind.Utc), _ => null, Calendar);

        Assert.Null(proposal.ResponsibleOfficerId);
    }

    [Theory]
    [InlineData(null, false)]
    [InlineData(3, false)]
    [InlineData(8, true)]
    public void An_override_by_an_officer_of_another_unit_than_the_routed_one_is_stamped_with_its_step(int? actorUnitId, bool stamped)
    {
        // Routed to unit 3 (ProposalTransitionTests.Reach); the head (officer 1) overrides the failed vote.
        var proposal = ProposalTransitionTests.Reach(ProposalState.NotPassed);
        var now = new DateTime(2026, 3, 12, 2, 0, 0, DateTimeKind.Utc);
        var document = new DecisionDocument("1/QĐ-UBND", new DateOnly(2026, 3, 12), "Chủ tịch");

        Assert.True(proposal.Override(new ProposalActor(1, IsDecidingHead: true, UnitId: actorUnitId), "Chịu trách nhiệm cá nhân", document).IsSuccess);
        Assert.Null(proposal.ApprovedByOtherAgencyAtUtc);
        proposal.AssignStep(1, now, _ => null, Calendar);

        Assert.Equal(stamped ? now : null, proposal.ApprovedByOtherAgencyAtUtc);
        Assert.NotNull(proposal.DecisionWorkingDays);
        // A later step of the same state does not stamp it again.
        proposal.AssignStep(1, now.AddDays(1), _ => null, Calendar);
        Assert.Equal(stamped ? now : null, proposal.ApprovedByOtherAgencyAtUtc);
    }

    [Theory]
    [InlineData(null, null, null, false)]
    [InlineData("  ", null, null, false)]
    [InlineData(null, null, "0", true)]
    [InlineData(null, "02 chuyên viên", null, true)]
    [InlineData("01 máy quét", null, "150000000", true)]
    public void An_implementation_decision_that_allocates_resources_is_stamped_with_its_step(string? equipment, string? staff, string? funds, bool stamped)
    {
        var proposal = ProposalTransitionTests.Reach(ProposalState.Approved);
        var now = new DateTime(2026, 3, 12, 2, 0, 0, DateTimeKind.Utc);
        var document = new DecisionDocument("2/QĐ-UBND", new DateOnly(2026, 3, 12), "Chủ tịch");
        var resources = new ImplementationResources(equipment, staff, funds is null ? null : decimal.Parse(funds, System.Globalization.CultureInfo.InvariantCulture));

        Assert.True(proposal.IssueImplementationDecision(new ProposalActor(1, IsDecidingHead: true), document, resources: resources).IsSuccess);
        Assert.Null(proposal.ResourcesAllocatedAtUtc);
        proposal.AssignStep(1, now, _ => null, Calendar);

        Assert.Equal(stamped ? now : null, proposal.ResourcesAllocatedAtUtc);
        Assert.Equal(stamped, proposal.Resources is not null);
        // A later step (a progress update of the same state) does not stamp it again.
        proposal.AssignStep(1, now.AddDays(1), _ => null, Calendar);
        Assert.Equal(stamped ? now : null, proposal.ResourcesAllocatedAtUtc);
    }

    [Fact]
    public void The_working_days_to_the_decision_do_not_count_the_day_of_receipt_and_are_never_negative()
    {
        // Monday 2 March 2026 to Thursday 12 March: 3, 4, 5, 6, 9, 10, 11, 12.
        Assert.Equal(8, Proposal.DecisionWorkingDaysOf(Calendar, new DateOnly(2026, 3, 2), new DateOnly(2026, 3, 12)));
        Assert.Equal(0, Proposal.DecisionWorkingDaysOf(Calendar, new DateOnly(2026, 3, 2), new DateOnly(2026, 3, 2)));
        Assert.Equal(0, Proposal.DecisionWorkingDaysOf(Calendar, new DateOnly(2026, 3, 2), new DateOnly(2026, 3, 1)));
    }
}
