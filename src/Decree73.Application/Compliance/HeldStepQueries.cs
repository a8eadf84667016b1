using Decree73.Application.Abstractions;
using Decree73.Application.Common;
using Decree73.Domain.Calendar;
using Decree73.Domain.Proposals;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Decree73.Application.Compliance;

/// <summary>
/// Who holds what (domain.md §5): overdue and at-risk steps by unit and by person, and stalled proposals. Counts are
/// aggregated by the database on the indexed step columns; only a bounded number of example rows is read.
/// </summary>
public sealed class HeldStepQueries(IAppDbContext db, IOptions<ComplianceOptions> settings)
{
    private ComplianceOptions Options => settings.Value;

    /// <summary>The states a proposal can stall in: submitted and not finished here (rejected, escalated or closed).</summary>
    private static readonly ProposalState[] Stallable = Enum.GetValues<ProposalState>()
        .Except([ProposalState.Draft, ProposalState.Rejected, ProposalState.Escalated, ProposalState.Closed]).ToArray();

    internal IQueryable<Proposal> Open(ComplianceContext c) =>
        c.Proposals.Where(p => p.ResponsibleOfficerId != null && p.StepDueOn != null);

    internal IQueryable<Proposal> Overdue(ComplianceContext c) => Open(c).Where(p => p.StepDueOn < c.Today);

    internal IQueryable<Proposal> AtRisk(ComplianceContext c)
    {
        var riskEnd = RiskEnd(c);
        return Open(c).Where(p => p.StepDueOn >= c.Today && p.StepDueOn <= riskEnd);
    }

    /// <summary>
    /// Proposals still open here with no entry in their audit trail since the cut-off. Every recorded action on a
    /// proposal or its rows (a transition, a vote, an opinion asked or answered, the Party opinion, a progress update,
    /// an attachment, a decision) writes an entry in the same transaction, and that transaction stamps the entry's
    /// moment on the proposal (<see cref="Proposal.LastActionAtUtc"/>): so the check is one index range (idle since the
    /// cut-off), the state tested in the index.
    /// </summary>
    internal IQueryable<Proposal> Stalled(ComplianceContext c)
    {
        var cutoff = StalledCutoffUtc(c);
        return c.Proposals.Where(p => Stallable.Contains(p.State)
            && p.LastActionAtUtc < cutoff
            && p.StepSinceUtc < cutoff
            && (p.ModifiedAtUtc ?? p.CreatedAtUtc) < cutoff);
    }

    /// <summary>The first <paramref name="limit"/> held steps of a query, soonest due first (listed in QueryCatalog).</summary>
    internal IQueryable<HeldStepRow> StepsQuery(IQueryable<Proposal> query, int limit) =>
        query.OrderBy(p => p.StepDueOn).ThenBy(p => p.Id).Take(limit)
            .Select(p => new HeldStepRow
            {
                Id = p.Id, Title = p.Title, ReceiptNumber = p.ReceiptNumber, State = p.State,
                ResponsibleOfficerId = p.ResponsibleOfficerId, StepSinceUtc = p.StepSinceUtc, StepDueOn = p.StepDueOn,
                Unit = db.Units.Where(u => u.Id == p.DecidingUnitId).Select(u => u.Name).First(),
                Responsible = db.Officers.Where(o => o.Id == p.ResponsibleOfficerId).Select(o => o.FullName).FirstOrDefault(),
            });

    internal async Task<IReadOnlyList<HeldStep>> StepsAsync(ComplianceContext c, IQueryable<Proposal> query, int limit, CancellationToken ct)
    {
        var rows = await StepsQuery(query, limit).ToListAsync(ct);
        return rows.Select(r => new HeldStep(
                r.Id, r.Title, r.ReceiptNumber, r.State, r.Unit, r.ResponsibleOfficerId, r.Responsible, r.StepSinceUtc, r.StepDueOn,
                r.StepSinceUtc is { } since ? WorkingDaysBetween(c.Calendar, VietnamTime.DateOf(since), c.Today) : 0,
                r.StepDueOn is { } due ? c.Calendar.WorkingDaysUntil(c.Today, due) : null))
            .ToList();
    }

    internal async Task<IReadOnlyList<StalledProposal>> StalledListAsync(ComplianceContext c, int limit, CancellationToken ct)
    {
        var rows = await Stalled(c).OrderBy(p => p.StepSinceUtc).ThenBy(p => p.Id).Take(limit)
            .Select(p => new
            {
                p.Id, p.Title, p.ReceiptNumber, p.State, p.StepSinceUtc,
                Unit = db.Units.Where(u => u.Id == p.DecidingUnitId).Select(u => u.Name).First(),
                Responsible = db.Officers.Where(o => o.Id == p.ResponsibleOfficerId).Select(o => o.FullName).FirstOrDefault(),
                LastEntry = p.LastActionAtUtc,
            })
            .ToListAsync(ct);
        return rows.Select(r =>
            {
                var last = Latest(r.StepSinceUtc, r.LastEntry);
                return new StalledProposal(r.Id, r.Title, r.ReceiptNumber, r.State, r.Unit, r.Responsible, last,
                    WorkingDaysBetween(c.Calendar, VietnamTime.DateOf(last), c.Today));
            })
            .ToList();
    }

    /// <summary>
    /// The open steps overdue or at risk, grouped by deciding unit: every unit's group is read (one row per unit of the
    /// scope at most), so the totals of the overview are their sums and need no count of their own; the
    /// <paramref name="limit"/> most loaded units are named.
    /// </summary>
    internal async Task<UnitLoads> ByUnitAsync(ComplianceContext c, int limit, CancellationToken ct)
    {
        var riskEnd = RiskEnd(c);
        var today = c.Today;
        var groups = await Open(c).Where(p => p.StepDueOn <= riskEnd)
            .GroupBy(p => p.DecidingUnitId)
            .Select(g => new { Id = g.Key, Overdue = g.Count(p => p.StepDueOn < today), AtRisk = g.Count(p => p.StepDueOn >= today), Oldest = g.Min(p => p.StepDueOn) })
            .ToListAsync(ct);
        var rows = groups.OrderByDescending(g => g.Overdue).ThenByDescending(g => g.AtRisk).ThenBy(g => g.Id).Take(limit).ToList();
        var ids = rows.Select(r => r.Id).ToList();
        var names = await db.Units.AsNoTracking().Where(u => ids.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Name, ct);
        var top = rows.Select(r => new HolderLoad(r.Id, names.GetValueOrDefault(r.Id, ""), r.Overdue, r.AtRisk, Delay(c, r.Oldest))).ToList();
        return new UnitLoads(groups.Sum(g => g.Overdue), groups.Sum(g => g.AtRisk), top);
    }

    internal async Task<IReadOnlyList<HolderLoad>> ByPersonAsync(ComplianceContext c, int limit, CancellationToken ct)
    {
        var riskEnd = RiskEnd(c);
        var today = c.Today;
        var rows = await Open(c).Where(p => p.StepDueOn <= riskEnd)
            .GroupBy(p => p.ResponsibleOfficerId!.Value)
            .Select(g => new { Id = g.Key, Overdue = g.Count(p => p.StepDueOn < today), AtRisk = g.Count(p => p.StepDueOn >= today), Oldest = g.Min(p => p.StepDueOn) })
            .OrderByDescending(g => g.Overdue).ThenByDescending(g => g.AtRisk).ThenBy(g => g.Id)
            .Take(limit)
            .ToListAsync(ct);
        var ids = rows.Select(r => r.Id).ToList();
        var names = await db.Officers.AsNoTracking().Where(o => ids.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.FullName, ct);
        return rows.Select(r => new HolderLoad(r.Id, names.GetValueOrDefault(r.Id, ""), r.Overdue, r.AtRisk, Delay(c, r.Oldest))).ToList();
    }

    /// <summary>The last day that still counts as "at risk": today plus the setting, in working days.</summary>
    internal DateOnly RiskEnd(ComplianceContext c) => c.Calendar.AddWorkingDays(c.Today, Options.AtRiskWithinWorkingDays);

    /// <summary>
    /// The first instant that counts as recent: a proposal whose latest action came before it has had no action on
    /// the last <see cref="ComplianceOptions.StalledAfterWorkingDays"/> working days up to today. Walking back from
    /// today over that many working days gives the last "idle" day; the cut-off is the start of the day after it.
    /// </summary>
    internal DateTime StalledCutoffUtc(ComplianceContext c)
    {
        var day = c.Today;
        for (var counted = 0; counted < Options.StalledAfterWorkingDays; day = day.AddDays(-1))
        {
            if (c.Calendar.IsWorkingDay(day))
            {
                counted++;
            }
        }

        return CompliancePeriod.StartUtc(day.AddDays(1));
    }

    /// <summary>Working days from <paramref name="from"/> to <paramref name="to"/> (the first day not counted); never negative.</summary>
    public static int WorkingDaysBetween(WorkingCalendar calendar, DateOnly from, DateOnly to) =>
        to <= from ? 0 : calendar.WorkingDaysUntil(from, to);

    private static int Delay(ComplianceContext c, DateOnly? oldestDue) =>
        oldestDue is { } due && due < c.Today ? -c.Calendar.WorkingDaysUntil(c.Today, due) : 0;

    private static DateTime Latest(DateTime? a, DateTime? b) =>
        (a, b) switch
        {
            ({ } x, { } y) => x > y ? x : y,
            ({ } x, null) => x,
            (null, { } y) => y,
            _ => DateTime.MinValue,
        };
}

/// <summary>The scope's overdue and at-risk steps in all, and the most loaded units.</summary>
internal sealed record UnitLoads(int Overdue, int AtRisk, IReadOnlyList<HolderLoad> Top);

/// <summary>One held step as read from the database, before working days are counted.</summary>
internal sealed class HeldStepRow
{
    public int Id { get; init; }
    public string Title { get; init; } = "";
    public string? ReceiptNumber { get; init; }
    public ProposalState State { get; init; }
    public int? ResponsibleOfficerId { get; init; }
    public DateTime? StepSinceUtc { get; init; }
    public DateOnly? StepDueOn { get; init; }
    public string Unit { get; init; } = "";
    public string? Responsible { get; init; }
}
