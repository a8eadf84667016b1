using Decree73.Domain.Calendar;

namespace Decree73.Domain.Proposals;

/// <summary>
/// Facts stored with the step that establishes them (migration S20StoredFacts, ADR 0019), beside
/// <see cref="DecidedAtUtc"/> and <see cref="EvaluatedAtUtc"/>: set by <see cref="AssignStep"/> and <see cref="Decide"/>.
/// </summary>
public sealed partial class Proposal
{
    /// <summary>
    /// The working days from the Vietnam date of receipt to <see cref="DecidedOn"/> (the first day not counted, never
    /// negative: <see cref="DecisionWorkingDaysOf"/>), stored with the decision so that the scorecard's medians are a
    /// grouped count; recounted when the calendar changes a day of that window (DeadlineRecomputer).
    /// </summary>
    public int? DecisionWorkingDays { get; private set; }

    /// <summary>
    /// The latest moment of the current round at which the override or the implementation decision was taken by an
    /// officer whose unit is not <see cref="DecidingUnitId"/> (the "approved by another agency" flag); null otherwise and
    /// again from each new receipt.
    /// </summary>
    public DateTime? ApprovedByOtherAgencyAtUtc { get; private set; }

    /// <summary>
    /// When the evaluation of Art. 9(2) is due: the deadline the evaluation step got when the completion report or the
    /// stop started it (the same date as <see cref="StepDueOn"/> then, moved with it while the step is open).
    /// </summary>
    public DateOnly? EvaluationDueOn { get; private set; }

    /// <summary>The Vietnam date of <see cref="EvaluatedAtUtc"/>: late when after <see cref="EvaluationDueOn"/>.</summary>
    public DateOnly? EvaluatedOn { get; private set; }

    /// <summary>
    /// The moment of the implementation decision that allocated resources (Art. 10(2): funds, equipment or staff,
    /// <see cref="Resources"/>); null when it allocated none. The report's allocated funds are the proposals whose
    /// moment falls in the period: one index range over the resourced rows only, instead of every implementation
    /// decision of the period joined to its proposal's row to test its resources.
    /// </summary>
    public DateTime? ResourcesAllocatedAtUtc { get; private set; }

    /// <summary>Set by a decision of another unit's officer (<see cref="Decide"/>), stamped by the next <see cref="AssignStep"/>.</summary>
    private bool decidedByOtherAgency;

    /// <summary>Set by an implementation decision with resources, stamped by the next <see cref="AssignStep"/>.</summary>
    private bool resourcesAllocated;

    /// <summary>
    /// The working-day calendar changed a day between the receipt and the decision: <paramref name="workingDays"/> is
    /// what the new calendar counts (<see cref="DecisionWorkingDaysOf"/>). The decision's deadline, a finished step's, stays.
    /// </summary>
    public void RecountDecisionWorkingDays(int workingDays) => DecisionWorkingDays = workingDays;

    /// <summary>Working days from <paramref name="receivedOn"/> to <paramref name="decidedOn"/>, the first day not counted; never negative.</summary>
    public static int DecisionWorkingDaysOf(WorkingCalendar calendar, DateOnly receivedOn, DateOnly decidedOn) =>
        decidedOn <= receivedOn ? 0 : calendar.WorkingDaysUntil(receivedOn, decidedOn);
}
