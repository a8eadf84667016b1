using Decree73.Application.Abstractions;
using Decree73.Application.Common;
using Decree73.Application.Compliance;
using Decree73.Application.Proposals;
using Decree73.Domain.Calendar;
using Decree73.Domain.Proposals;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Decree73.Application.Calendar;

/// <summary>
/// After an administrator changes the working-day calendar, the open steps whose window contains the changed day get
/// the due date the new calendar gives (domain.md §5: deadlines run in working days, and the calendar is data). The
/// change is a proposal change like any other, so the audit trail records it as "DeadlinesRecomputed" with the
/// dates before and after. Finished steps keep the deadline they were held to.
/// </summary>
public sealed class DeadlineRecomputer(IAppDbContext db, IOptions<ProposalOptions> options, ILogger<DeadlineRecomputer> logger)
{
    private static readonly ProposalState[] DecisionStates =
        [ProposalState.Submitted, ProposalState.OpinionsRequested, ProposalState.NotPassed, ProposalState.Approved];

    /// <summary>The held steps due on or after <paramref name="day"/> (tracked: their deadlines are moved).</summary>
    internal static IQueryable<Proposal> DueFrom(IAppDbContext db, DateOnly day) =>
        db.Proposals.Where(p => p.StepDueOn != null && p.StepDueOn >= day && p.ResponsibleOfficerId != null);

    /// <summary>Recomputes the steps whose window holds <paramref name="changedDay"/>; returns how many moved.</summary>
    public async Task<int> RecomputeAsync(DateOnly changedDay, CancellationToken ct = default)
    {
        var calendar = new WorkingCalendar(await db.CalendarDays.AsNoTracking().ToListAsync(ct));
        var rules = options.Value.Deadlines;

        // A step's window runs from the day its deadline is counted from to the deadline: only a step due on or
        // after the changed day can hold it (an added day off pushes the date later, so the old one is the bound).
        var open = await DueFrom(db, changedDay).ToListAsync(ct);
        var moved = 0;
        foreach (var proposal in open)
        {
            var (from, decisionDue, stepDue) = NewDates(proposal, calendar, rules);
            if (from is not { } start || start >= changedDay || stepDue == proposal.StepDueOn)
            {
                continue;
            }

            proposal.RescheduleCurrentStep(decisionDue, stepDue);
            moved++;
        }

        // The decisions whose window (receipt to decision) holds the day: their working days are what the new calendar
        // counts (the scorecard's medians); their deadline, a finished step's, stays.
        var recounted = 0;
        foreach (var proposal in await DecidedAround(db, changedDay).ToListAsync(ct))
        {
            var days = Proposal.DecisionWorkingDaysOf(calendar, VietnamTime.DateOf(proposal.ReceivedAtUtc!.Value), proposal.DecidedOn!.Value);
            if (days != proposal.DecisionWorkingDays)
            {
                proposal.RecountDecisionWorkingDays(days);
                recounted++;
            }
        }

        if (moved + recounted > 0)
        {
            await db.SaveChangesAsync(ct);
        }

        logger.LogInformation("Calendar change on {Day}: {Count} open step deadlines recomputed, {Recounted} decisions' working days recounted",
            changedDay, moved, recounted);
        return moved;
    }

    /// <summary>The decided proposals received on or before <paramref name="day"/> and decided on or after it (tracked).</summary>
    internal static IQueryable<Proposal> DecidedAround(IAppDbContext db, DateOnly day)
    {
        var dayEndUtc = CompliancePeriod.StartUtc(day.AddDays(1));
        return db.Proposals.Where(p => p.DecisionWorkingDays != null && p.DecidedOn >= day && p.ReceivedAtUtc < dayEndUtc);
    }

    /// <summary>The day the current step's deadline counts from, and the dates the calendar now gives.</summary>
    private static (DateOnly? From, DateOnly? DecisionDue, DateOnly? StepDue) NewDates(
        Proposal proposal, WorkingCalendar calendar, DeadlineRules rules)
    {
        if (DecisionStates.Contains(proposal.State) && proposal.ReceivedAtUtc is { } received)
        {
            var receivedOn = VietnamTime.DateOf(received);
            var due = rules.DecisionDue(calendar, receivedOn);
            return (receivedOn, due, due);
        }

        if (proposal.StepSinceUtc is not { } since)
        {
            return (null, null, proposal.StepDueOn);
        }

        var startedOn = VietnamTime.DateOf(since);
        var from = proposal.State == ProposalState.InProgress ? proposal.EndOn : startedOn;
        return (from, null, ProposalStep.DueOn(proposal, startedOn, calendar, rules));
    }
}
