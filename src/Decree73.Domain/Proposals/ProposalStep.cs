using Decree73.Domain.Calendar;

namespace Decree73.Domain.Proposals;

/// <summary>Who holds the current step of a proposal (domain.md §5: one person accountable at every moment).</summary>
public enum StepHolder
{
    /// <summary>The proposal is finished here (rejected, escalated, closed): nobody holds a step.</summary>
    Nobody,
    /// <summary>The proposer: writing or revising the plan, implementing and reporting completion.</summary>
    Proposer,
    /// <summary>The head of the deciding agency: every decision, the vote, the evaluation and the result.</summary>
    DecidingHead,
}

/// <summary>
/// The legal deadlines of domain.md §5, in working days (configurable, with the decree's values by default), and the
/// one place that turns them into due dates: every service, page and compliance query asks these functions. Each
/// deadline ends on the Nth working day after the day it counts from (<see cref="WorkingCalendar.AddWorkingDays"/>).
/// </summary>
public sealed record DeadlineRules(int Decision = 7, int CompletionReport = 5, int Evaluation = 7, int Result = 3, int Opinion = 5)
{
    /// <summary>Art. 8(1): the decision (vote and implementation decision) is due <see cref="Decision"/> working days from receipt.</summary>
    public DateOnly DecisionDue(WorkingCalendar calendar, DateOnly receivedOn) => calendar.AddWorkingDays(receivedOn, Decision);

    /// <summary>Art. 9(1): the completion report is due <see cref="CompletionReport"/> working days after the plan's end.</summary>
    public DateOnly CompletionReportDue(WorkingCalendar calendar, DateOnly planEndOn) => calendar.AddWorkingDays(planEndOn, CompletionReport);

    /// <summary>Art. 9(2): the evaluation is due <see cref="Evaluation"/> working days after the completion report or the stop.</summary>
    public DateOnly EvaluationDue(WorkingCalendar calendar, DateOnly reportedOrStoppedOn) => calendar.AddWorkingDays(reportedOrStoppedOn, Evaluation);

    /// <summary>Art. 9(2): the result notice is due <see cref="Result"/> working days after the evaluation.</summary>
    public DateOnly ResultDue(WorkingCalendar calendar, DateOnly evaluatedOn) => calendar.AddWorkingDays(evaluatedOn, Result);

    /// <summary>Art. 8(2): an opinion request the head gives no date is due <see cref="Opinion"/> working days after it is made.</summary>
    public DateOnly OpinionDue(WorkingCalendar calendar, DateOnly requestedOn) => calendar.AddWorkingDays(requestedOn, Opinion);
}

/// <summary>
/// The rules that say, for each state, who holds the step and when it is due. They are pure: the application stores
/// their answer on the proposal after every transition, so that lists and "my tasks" are plain indexed queries.
/// </summary>
public static class ProposalStep
{
    public static StepHolder HolderOf(ProposalState state) => state switch
    {
        ProposalState.Draft or ProposalState.InProgress => StepHolder.Proposer,
        ProposalState.Submitted or ProposalState.OpinionsRequested or ProposalState.NotPassed or ProposalState.Approved
            or ProposalState.Suspended or ProposalState.Stopped or ProposalState.CompletionReported or ProposalState.Evaluated
            => StepHolder.DecidingHead,
        ProposalState.Rejected or ProposalState.Escalated or ProposalState.Closed => StepHolder.Nobody,
        _ => throw new ArgumentOutOfRangeException(nameof(state), state, null),
    };

    /// <summary>
    /// When the step that began on <paramref name="stepStartedOn"/> (a Vietnam calendar date) is due, or null when the
    /// decree sets no deadline for it:
    /// receipt → decision (vote and implementation decision): the stored <see cref="Proposal.DecisionDueOn"/>, set at receipt
    /// by <see cref="DeadlineRules.DecisionDue"/> (Art. 8(1));
    /// in progress → completion report: <see cref="DeadlineRules.CompletionReportDue"/> from the plan's end (Art. 9(1));
    /// report or stop → evaluation: <see cref="DeadlineRules.EvaluationDue"/> (Art. 9(2));
    /// evaluation → result issued and closed: <see cref="DeadlineRules.ResultDue"/>.
    /// Drafts and suspended proposals have no legal deadline.
    /// </summary>
    public static DateOnly? DueOn(Proposal proposal, DateOnly stepStartedOn, WorkingCalendar calendar, DeadlineRules rules) => proposal.State switch
    {
        ProposalState.Submitted or ProposalState.OpinionsRequested or ProposalState.NotPassed or ProposalState.Approved => proposal.DecisionDueOn,
        ProposalState.InProgress when proposal.EndOn is { } end => rules.CompletionReportDue(calendar, end),
        ProposalState.CompletionReported or ProposalState.Stopped => rules.EvaluationDue(calendar, stepStartedOn),
        ProposalState.Evaluated => rules.ResultDue(calendar, stepStartedOn),
        _ => null,
    };
}
