using Decree73.Application.Abstractions;
using Decree73.Application.Common;
using Decree73.Domain.Encouragement;
using Decree73.Domain.People;
using Decree73.Domain.Proposals;
using Decree73.Domain.Protection;
using Decree73.Domain.Reports;
using Microsoft.EntityFrameworkCore;

namespace Decree73.Application.Reports;

/// <summary>
/// Computes the figures of domain.md §9 with grouped counts in SQL (never loading the proposals). What each figure
/// counts is defined in docs/reports.md; in short, events (receipt, decisions, completion reports, evaluations,
/// encouragement and protection decisions) count when they fall in the period, and "in progress" and "suspended"
/// are the position when the figures are computed.
/// </summary>
public sealed class ReportFiguresBuilder(IAppDbContext db)
{
    private static readonly ProposalState[] ApprovedOrLater =
    [
        ProposalState.Approved, ProposalState.InProgress, ProposalState.Suspended, ProposalState.Stopped,
        ProposalState.CompletionReported, ProposalState.Evaluated, ProposalState.Closed,
    ];

    /// <summary>Live figures of the unit's whole subtree: its own proposals and those of every unit below it.</summary>
    public async Task<ReportFigures> LiveAsync(int unitId, ReportPeriod period, CancellationToken ct = default)
    {
        var unit = await db.Units.AsNoTracking().Where(u => u.Id == unitId).Select(u => new { u.Id, u.Name, u.Path }).FirstOrDefaultAsync(ct)
            ?? throw new InvalidOperationException($"Unit {unitId} does not exist.");
        var figures = await CountAsync(SubtreeIds(unit.Path, []), period, ct);
        return figures with { Sources = [new FigureSource(unit.Id, unit.Name, Frozen: false, ReportId: null)] };
    }

    /// <summary>
    /// Consolidation: the frozen figures of the reports submitted for the same period by the unit's direct
    /// subordinates, plus live figures for the rest of the subtree (the unit itself and the subordinates that have
    /// not submitted). The parts are disjoint, so they add up.
    /// </summary>
    public async Task<ReportFigures> ConsolidatedAsync(int unitId, ReportPeriod period, CancellationToken ct = default)
    {
        var units = await UnitAndChildrenAsync(unitId, ct);
        var unit = units.FirstOrDefault(u => u.Id == unitId) ?? throw new InvalidOperationException($"Unit {unitId} does not exist.");
        var children = units.Where(u => u.ParentId == unitId).ToList();
        var childIds = children.Select(c => c.Id).ToList();
        var submitted = await db.PeriodicReports.AsNoTracking()
            .Where(r => childIds.Contains(r.UnitId) && r.Status == ReportStatus.Submitted
                && r.PeriodKind == period.Kind && r.Year == period.Year && r.PeriodNumber == period.Number)
            .Select(r => new { r.Id, r.UnitId, r.FrozenFiguresJson })
            .ToListAsync(ct);

        var frozenPaths = children.Where(c => submitted.Any(s => s.UnitId == c.Id)).Select(c => c.Path).ToList();
        var live = await CountAsync(SubtreeIds(unit.Path, frozenPaths), period, ct);

        var parts = new List<ReportFigures> { live with { Sources = [new FigureSource(unit.Id, unit.Name, false, null)] } };
        foreach (var child in children)
        {
            var report = submitted.FirstOrDefault(s => s.UnitId == child.Id);
            parts.Add(report is null
                ? new ReportFigures { Sources = [new FigureSource(child.Id, child.Name, false, null)] }
                : ReportFigures.FromJson(report.FrozenFiguresJson!) with { Sources = [new FigureSource(child.Id, child.Name, true, report.Id)] });
        }

        return ReportFigures.Sum(parts);
    }

    public Task<ReportFigures> ForAsync(PeriodicReport report, CancellationToken ct = default) =>
        report.ConsolidatesSubordinateReports ? ConsolidatedAsync(report.UnitId, report.Period, ct) : LiveAsync(report.UnitId, report.Period, ct);

    private sealed record UnitNode(int Id, int? ParentId, string Path, string Name);

    /// <summary>
    /// The ids of the units under <paramref name="path"/> except those under <paramref name="excludedPaths"/>, as a
    /// subquery on the unit path (a prefix range on its index): the counts filter with <c>IN (SELECT …)</c>, never
    /// with one parameter per unit (a province's 122 units were 130 parameters in each of some 35 counts).
    /// </summary>
    private IQueryable<int> SubtreeIds(string path, IReadOnlyList<string> excludedPaths)
    {
        var units = db.Units.Where(u => u.Path.StartsWith(path));
        foreach (var excluded in excludedPaths)
        {
            units = units.Where(u => !u.Path.StartsWith(excluded));
        }

        return units.Select(u => u.Id);
    }

    // The consolidation needs the unit and its direct children (a few dozen at most) with their paths and names.
    private Task<List<UnitNode>> UnitAndChildrenAsync(int unitId, CancellationToken ct) =>
        db.Units.AsNoTracking().Where(u => u.Id == unitId || u.ParentId == unitId)
            .Select(u => new UnitNode(u.Id, u.ParentId, u.Path, u.Name)).ToListAsync(ct);

    private async Task<ReportFigures> CountAsync(IQueryable<int> unitIds, ReportPeriod period, CancellationToken ct)
    {
        var from = StartUtc(period.Start);
        var to = StartUtc(period.End.AddDays(1));
        var proposals = db.Proposals.AsNoTracking().Where(p => unitIds.Contains(p.DecidingUnitId));
        var received = proposals.Where(p => p.ReceivedAtUtc >= from && p.ReceivedAtUtc < to);
        var decisions = db.ProposalDecisions.AsNoTracking()
            .Where(d => d.CreatedAtUtc >= from && d.CreatedAtUtc < to && proposals.Any(p => p.Id == d.ProposalId));

        var approved = proposals.Where(p => ApprovedOrLater.Contains(p.State) && (
            (p.ApprovedByOverride && db.ProposalDecisions.Any(d =>
                d.ProposalId == p.Id && d.Kind == DecisionKind.Override && d.CreatedAtUtc >= from && d.CreatedAtUtc < to))
            || (!p.ApprovedByOverride
                && db.ProposalVotes.Where(v => v.ProposalId == p.Id && v.Stage == VoteStage.Approval).Max(v => (DateTime?)v.CreatedAtUtc) >= from
                && db.ProposalVotes.Where(v => v.ProposalId == p.Id && v.Stage == VoteStage.Approval).Max(v => (DateTime?)v.CreatedAtUtc) < to)));

        // Art. 10(2): what the implementation decisions of the period allocated. A few rows per period: summed here,
        // since SQLite cannot sum decimals.
        var funds = await proposals.Where(p => p.Resources != null && decisions.Any(d => d.ProposalId == p.Id && d.Kind == DecisionKind.Implementation))
            .Select(p => p.Resources!.FundsVnd).ToListAsync(ct);

        var byKind = await decisions.GroupBy(d => d.Kind)
            .Select(g => new { g.Key, Count = g.Select(d => d.ProposalId).Distinct().Count() }).ToListAsync(ct);
        int Decided(DecisionKind kind) => byKind.FirstOrDefault(k => k.Key == kind)?.Count ?? 0;

        var evaluated = await proposals
            .Where(p => p.Outcome != null && db.ProposalDecisions.Any(d =>
                d.ProposalId == p.Id && d.Kind == DecisionKind.EvaluationResult && d.CreatedAtUtc >= from && d.CreatedAtUtc < to))
            .GroupBy(p => p.Outcome).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        int Evaluated(EvaluationOutcome outcome) => evaluated.FirstOrDefault(e => e.Key == outcome)?.Count ?? 0;

        // The position now, of proposals received by the end of the period.
        var current = await proposals
            .Where(p => p.ReceivedAtUtc < to && (p.State == ProposalState.InProgress || p.State == ProposalState.Suspended))
            .GroupBy(p => p.State).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);

        var encouragement = db.EncouragementRecords.AsNoTracking().Where(r =>
            r.DecisionSignedOn >= period.Start && r.DecisionSignedOn <= period.End && proposals.Any(p => p.Id == r.ProposalId));
        var protection = db.ProtectionDecisions.AsNoTracking().Where(d =>
            d.DecisionSignedOn >= period.Start && d.DecisionSignedOn <= period.End && unitIds.Contains(d.DecidingUnitId));

        var byMeasure = await encouragement.GroupBy(r => r.Measure)
            .Select(g => new { g.Key, Count = g.Select(r => r.OfficerId).Distinct().Count() }).ToListAsync(ct);
        var byType = await protection.GroupBy(d => d.Type)
            .Select(g => new { g.Key, Count = g.Select(d => d.OfficerId).Distinct().Count() }).ToListAsync(ct);

        return new ReportFigures
        {
            Received = await received.CountAsync(ct),
            Approved = await approved.CountAsync(ct),
            ApprovedByOverride = await approved.CountAsync(p => p.ApprovedByOverride, ct),
            Rejected = Decided(DecisionKind.Rejection),
            Escalated = Decided(DecisionKind.Escalation),
            EscalatedReceived = await received.CountAsync(p => p.EscalatedFromProposalId != null, ct),
            ResourcedProposals = funds.Count,
            AllocatedFundsVnd = (long)funds.Sum(f => f ?? 0m),
            InProgress = current.FirstOrDefault(c => c.Key == ProposalState.InProgress)?.Count ?? 0,
            Suspended = current.FirstOrDefault(c => c.Key == ProposalState.Suspended)?.Count ?? 0,
            Stopped = Decided(DecisionKind.Stop),
            Completed = await proposals.CountAsync(p => p.CompletionReportedAtUtc >= from && p.CompletionReportedAtUtc < to, ct),
            EvaluatedCompleted = Evaluated(EvaluationOutcome.Completed),
            EvaluatedPartly = Evaluated(EvaluationOutcome.PartlyCompleted),
            EvaluatedNotCompleted = Evaluated(EvaluationOutcome.NotCompleted),
            EncouragedOfficers = await encouragement.Select(r => r.OfficerId).Distinct().CountAsync(ct),
            EncouragedByMeasure = EnumRows(byMeasure.ToDictionary(m => m.Key, m => m.Count)),
            ProtectedOfficers = await protection.Select(d => d.OfficerId).Distinct().CountAsync(ct),
            ProtectedByType = EnumRows(byType.ToDictionary(t => t.Key, t => t.Count)),
            // Art. 6 violations whose handling was decided in the period, in the deciding agencies of the subtree.
            ViolationsHandled = await db.ViolationRecords.AsNoTracking().CountAsync(v =>
                unitIds.Contains(v.DecidingUnitId) && v.HandledOn >= period.Start && v.HandledOn <= period.End && v.Handling != null, ct),
            ReceivedByField = await ByFieldAsync(received, ct),
            ReceivedByKind = await ByKindAsync(received, ct),
            ReceivedByUnit = await ByUnitAsync(received, ct),
            Proposers = await PeopleAsync(db.Officers.Where(o => received.Select(p => p.ProposerId).Contains(o.Id)), period.End, ct),
            Encouraged = await PeopleAsync(db.Officers.Where(o => encouragement.Select(r => r.OfficerId).Contains(o.Id)), period.End, ct),
        };
    }

    /// <summary>Midnight of <paramref name="day"/> in Vietnam, in UTC: periods are Vietnamese calendar dates.</summary>
    private static DateTime StartUtc(DateOnly day) =>
        TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(day.ToDateTime(TimeOnly.MinValue), DateTimeKind.Unspecified), VietnamTime.Zone);

    private async Task<IReadOnlyList<FigureRow>> ByFieldAsync(IQueryable<Proposal> received, CancellationToken ct)
    {
        var counts = await received.GroupBy(p => p.FieldId).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        var fields = await db.ProposalFields.AsNoTracking().OrderBy(f => f.SortOrder).Select(f => new { f.Id, f.Name, f.IsActive }).ToListAsync(ct);
        var rows = fields.Where(f => f.IsActive || counts.Any(c => c.Key == f.Id))
            .Select(f => new FigureRow(f.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), f.Name, counts.FirstOrDefault(c => c.Key == f.Id)?.Count ?? 0))
            .ToList();
        if (counts.FirstOrDefault(c => c.Key == null) is { } none)
        {
            rows.Add(new FigureRow("None", null, none.Count));
        }

        return rows;
    }

    /// <summary>By kind of innovation, as by field: every active kind listed, zeros included; "no kind" only when non-zero.</summary>
    private async Task<IReadOnlyList<FigureRow>> ByKindAsync(IQueryable<Proposal> received, CancellationToken ct)
    {
        var counts = await received.GroupBy(p => p.KindId).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        var kinds = await db.InnovationKinds.AsNoTracking().OrderBy(k => k.SortOrder).Select(k => new { k.Id, k.Name, k.IsActive }).ToListAsync(ct);
        var rows = kinds.Where(k => k.IsActive || counts.Any(c => c.Key == k.Id))
            .Select(k => new FigureRow(k.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), k.Name, counts.FirstOrDefault(c => c.Key == k.Id)?.Count ?? 0))
            .ToList();
        if (counts.FirstOrDefault(c => c.Key == null) is { } none)
        {
            rows.Add(new FigureRow("None", null, none.Count));
        }

        return rows;
    }

    private async Task<IReadOnlyList<FigureRow>> ByUnitAsync(IQueryable<Proposal> received, CancellationToken ct)
    {
        var counts = await received.GroupBy(p => p.DecidingUnitId).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        var ids = counts.Select(c => c.Key).ToList();
        var names = await db.Units.AsNoTracking().Where(u => ids.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Name, ct);
        return counts.OrderBy(c => names[c.Key], StringComparer.Ordinal)
            .Select(c => new FigureRow(c.Key.ToString(System.Globalization.CultureInfo.InvariantCulture), names[c.Key], c.Count)).ToList();
    }

    private static async Task<PersonBreakdown> PeopleAsync(IQueryable<Officer> people, DateOnly periodEnd, CancellationToken ct)
    {
        // Under 40 on the period's last day: born after the day 40 years before it.
        var fortiethBirthdayCutoff = periodEnd.AddYears(-40);
        var byPost = await people.GroupBy(o => o.PostKind).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var bySex = await people.GroupBy(o => o.Sex).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var byEducation = await people.GroupBy(o => o.EducationLevel).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var byEthnicity = await people.GroupBy(o => o.Ethnicity).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        var total = await people.CountAsync(ct);
        var under40 = await people.CountAsync(o => o.DateOfBirth > fortiethBirthdayCutoff, ct);
        var kinh = byEthnicity.Where(e => e.Key == EthnicGroups.Kinh).Sum(e => e.Count);
        return new PersonBreakdown
        {
            Total = total,
            ByPost = EnumRows(byPost),
            BySex = EnumRows(bySex),
            ByAgeGroup = [new FigureRow(AgeGroups.Under40, null, under40), new FigureRow(AgeGroups.From40, null, total - under40)],
            ByEducation = EnumRows(byEducation),
            ByEthnicGroup = [new FigureRow(EthnicGroups.Kinh, null, kinh), new FigureRow(EthnicGroups.Other, null, total - kinh)],
            ByEthnicity = byEthnicity.OrderBy(e => e.Key == EthnicGroups.Kinh ? 0 : 1).ThenBy(e => e.Key, StringComparer.Ordinal)
                .Select(e => new FigureRow(e.Key, e.Key, e.Count)).ToList(),
        };
    }

    /// <summary>Every value of the enum in declaration order, zeros included, so tables always have the same rows.</summary>
    private static IReadOnlyList<FigureRow> EnumRows<T>(IReadOnlyDictionary<T, int> counts) where T : struct, Enum =>
        Enum.GetValues<T>().Select(v => new FigureRow(v.ToString(), null, counts.TryGetValue(v, out var n) ? n : 0)).ToList();
}
