using Decree73.Application.Abstractions;
using Decree73.Application.Calendar;
using Decree73.Application.Common;
using Decree73.Application.Notifications;
using Decree73.Domain.Access;
using Decree73.Domain.Proposals;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Decree73.Application.Proposals;

/// <summary>
/// Puts a name and a deadline on the current step of a proposal after every change of state (domain.md §5: one person
/// accountable at every moment). The rules are <see cref="ProposalStep"/>'s; this finds the people and the calendar.
/// </summary>
public sealed class ProposalSteps(IAppDbContext db, CalendarService calendar, IOptions<ProposalOptions> options, TimeProvider time, AssignmentNotifier notifier)
{
    public async Task AssignAsync(Proposal proposal, CancellationToken ct = default)
    {
        int? responsible = ProposalStep.HolderOf(proposal.State) switch
        {
            StepHolder.Proposer => proposal.ProposerId,
            StepHolder.DecidingHead => await HeadOfAsync(proposal.DecidingUnitId, ct),
            _ => null,
        };
        var workingDays = await calendar.GetAsync(ct);
        var rules = options.Value.Deadlines;
        var previous = proposal.ResponsibleOfficerId;
        proposal.AssignStep(responsible, time.GetUtcNow().UtcDateTime, since => ProposalStep.DueOn(proposal, VietnamTime.DateOf(since), workingDays, rules), workingDays);
        await notifier.OnAssignedAsync(proposal, previous, ct);
    }

    /// <summary>The officer holding the UnitHead grant of the unit (the first by id when, wrongly, there are several).</summary>
    public Task<int?> HeadOfAsync(int unitId, CancellationToken ct = default) => HeadOf(db, unitId).FirstOrDefaultAsync(ct);

    internal static IQueryable<int?> HeadOf(IAppDbContext db, int unitId) =>
        db.RoleGrants.Where(g => g.UnitId == unitId && g.Role == AppRole.UnitHead)
            .Join(db.Officers, g => g.UserId, o => o.UserId, (g, o) => (int?)o.Id)
            .OrderBy(id => id);
}
