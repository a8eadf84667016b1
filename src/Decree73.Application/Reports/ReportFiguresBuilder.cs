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
    internal static readonly ProposalState[] ApprovedOrLater =
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
        var submitted = await SubmittedByChildren(db, childIds, period).ToListAsync(ct);

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

    internal sealed record UnitNode(int Id, int? ParentId, string Path, string Name);

    internal sealed record SubmittedReport(int Id, int UnitId, string? FrozenFiguresJson);

    /// <summary>The reports the children submitted for the period (their frozen figures are consolidated).</summary>
    internal static IQueryable<SubmittedReport> SubmittedByChildren(IAppDbContext db, IReadOnlyList<int> childIds, ReportPeriod period) =>
        db.PeriodicReports.AsNoTracking()
            .Where(r => childIds.Contains(r.UnitId) && r.Status == ReportStatus.Submitted
                && r.PeriodKind == period.Kind && r.Year == period.Year && r.PeriodNumber == period.Number)
            .Select(r => new SubmittedReport(r.Id, r.UnitId, r.FrozenFiguresJson));

    /// <summary>
    /// The ids of the units under <paramref name="path"/> except those under <paramref name="excludedPaths"/>, as a
    /// subquery on the unit path (a prefix range on its index): the counts filter with <c>IN (SELECT …)</c>, never
    /// with one parameter per unit (a province's 122 units were 130 parameters in each of some 35 counts).
    /// </summary>
    internal IQueryable<int> SubtreeIds(string path, IReadOnlyList<string> excludedPaths)
    {
        var units = db.Units.Where(u => u.Path.StartsWith(path));
        foreach (var excluded in excludedPaths)
        {
            units = units.Where(u => !u.Path.StartsWith(excluded));
        }

        return units.Select(u => u.Id);
    }

    // The consolidation needs the unit and its direct children (a few dozen at most) with their paths and names.
    private Task<List<UnitNode>> UnitAndChildrenAsync(int unitId, CancellationToken ct) => UnitAndChildren(db, unitId).ToListAsync(ct);

    internal static IQueryable<UnitNode> UnitAndChildren(IAppDbContext db, int unitId) =>
        db.Units.AsNoTracking().Where(u => u.Id == unitId || u.ParentId == unitId)
            .Select(u => new UnitNode(u.Id, u.ParentId, u.Path, u.Name));

    private async Task<ReportFigures> CountAsync(IQueryable<int> unitIds, ReportPeriod period, CancellationToken ct)
    {
        var q = new ReportFigureQueries(db, unitIds, period);

        // Art. 10(2): what the implementation decisions of the period allocated. A few rows per period: summed here,
        // since SQLite cannot sum decimals.
        var funds = await q.Funds.ToListAsync(ct);

        var byKind = await q.DecidedByKind.ToListAsync(ct);
        int Decided(DecisionKind kind) => byKind.FirstOrDefault(k => k.Key == kind)?.Count ?? 0;

        var evaluated = await q.EvaluatedByOutcome.ToListAsync(ct);
        int Evaluated(EvaluationOutcome outcome) => evaluated.FirstOrDefault(e => e.Key == outcome)?.Count ?? 0;

        var current = await q.CurrentByState.ToListAsync(ct);
        var byMeasure = await q.EncouragedByMeasure.ToListAsync(ct);
        var byType = await q.ProtectedByType.ToListAsync(ct);

        return new ReportFigures
        {
            Received = await q.Received.CountAsync(ct),
            Approved = await q.Approved.CountAsync(ct),
            ApprovedByOverride = await q.ApprovedByOverride.CountAsync(ct),
            Rejected = Decided(DecisionKind.Rejection),
            Escalated = Decided(DecisionKind.Escalation),
            EscalatedReceived = await q.EscalatedReceived.CountAsync(ct),
            ResourcedProposals = funds.Count,
            AllocatedFundsVnd = (long)funds.Sum(f => f ?? 0m),
            InProgress = current.FirstOrDefault(c => c.Key == ProposalState.InProgress)?.Count ?? 0,
            Suspended = current.FirstOrDefault(c => c.Key == ProposalState.Suspended)?.Count ?? 0,
            Stopped = Decided(DecisionKind.Stop),
            Completed = await q.Completed.CountAsync(ct),
            EvaluatedCompleted = Evaluated(EvaluationOutcome.Completed),
            EvaluatedPartly = Evaluated(EvaluationOutcome.PartlyCompleted),
            EvaluatedNotCompleted = Evaluated(EvaluationOutcome.NotCompleted),
            EncouragedOfficers = await q.EncouragedOfficers.CountAsync(ct),
            EncouragedByMeasure = EnumRows(byMeasure.ToDictionary(m => m.Key, m => m.Count)),
            ProtectedOfficers = await q.ProtectedOfficers.CountAsync(ct),
            ProtectedByType = EnumRows(byType.ToDictionary(t => t.Key, t => t.Count)),
            ViolationsHandled = await q.ViolationsHandled.CountAsync(ct),
            ReceivedByField = await ByFieldAsync(q, ct),
            ReceivedByKind = await ByKindAsync(q, ct),
            ReceivedByUnit = await ByUnitAsync(q, ct),
            Proposers = await PeopleAsync(new PeopleQueries(q.Proposers, period.End), ct),
            Encouraged = await PeopleAsync(new PeopleQueries(q.Encouraged, period.End), ct),
        };
    }

    /// <summary>Midnight of <paramref name="day"/> in Vietnam, in UTC: periods are Vietnamese calendar dates.</summary>
    internal static DateTime StartUtc(DateOnly day) =>
        TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(day.ToDateTime(TimeOnly.MinValue), DateTimeKind.Unspecified), VietnamTime.Zone);

    private async Task<IReadOnlyList<FigureRow>> ByFieldAsync(ReportFigureQueries q, CancellationToken ct)
    {
        var counts = await q.ReceivedByField.ToListAsync(ct);
        var fields = await q.Fields.ToListAsync(ct);
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
    private async Task<IReadOnlyList<FigureRow>> ByKindAsync(ReportFigureQueries q, CancellationToken ct)
    {
        var counts = await q.ReceivedByKind.ToListAsync(ct);
        var kinds = await q.Kinds.ToListAsync(ct);
        var rows = kinds.Where(k => k.IsActive || counts.Any(c => c.Key == k.Id))
            .Select(k => new FigureRow(k.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), k.Name, counts.FirstOrDefault(c => c.Key == k.Id)?.Count ?? 0))
            .ToList();
        if (counts.FirstOrDefault(c => c.Key == null) is { } none)
        {
            rows.Add(new FigureRow("None", null, none.Count));
        }

        return rows;
    }

    private async Task<IReadOnlyList<FigureRow>> ByUnitAsync(ReportFigureQueries q, CancellationToken ct)
    {
        var counts = await q.ReceivedByUnit.ToListAsync(ct);
        var ids = counts.Select(c => c.Key).ToList();
        var names = await db.Units.AsNoTracking().Where(u => ids.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Name, ct);
        return counts.OrderBy(c => names[c.Key], StringComparer.Ordinal)
            .Select(c => new FigureRow(c.Key.ToString(System.Globalization.CultureInfo.InvariantCulture), names[c.Key], c.Count)).ToList();
    }

    private static async Task<PersonBreakdown> PeopleAsync(PeopleQueries people, CancellationToken ct)
    {
        // One grouped query for every breakdown (the group of people is evaluated once, not once per table).
        var profiles = await people.Profiles.ToListAsync(ct);
        var byPost = Totals(profiles, p => p.Post);
        var bySex = Totals(profiles, p => p.Sex);
        var byEducation = Totals(profiles, p => p.Education);
        var byEthnicity = Totals(profiles, p => p.Ethnicity).Select(e => new KeyCount<string>(e.Key, e.Value)).ToList();
        var total = profiles.Sum(p => p.Count);
        var under40 = profiles.Where(p => p.Under40).Sum(p => p.Count);
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

    private static Dictionary<T, int> Totals<T>(IEnumerable<PersonProfile> profiles, Func<PersonProfile, T> key) where T : notnull =>
        profiles.GroupBy(key).ToDictionary(g => g.Key, g => g.Sum(p => p.Count));

    /// <summary>Every value of the enum in declaration order, zeros included, so tables always have the same rows.</summary>
    private static IReadOnlyList<FigureRow> EnumRows<T>(IReadOnlyDictionary<T, int> counts) where T : struct, Enum =>
        Enum.GetValues<T>().Select(v => new FigureRow(v.ToString(), null, counts.TryGetValue(v, out var n) ? n : 0)).ToList();
}

/// <summary>A grouped count: the group's key and how many rows (or distinct people) it holds.</summary>
internal sealed record KeyCount<TKey>(TKey Key, int Count);

/// <summary>
/// The queries behind the figures of a subtree and a period, as <see cref="ReportFiguresBuilder"/> runs them (counted
/// with <c>CountAsync</c> or read as grouped counts); <see cref="Common.QueryCatalog"/> translates each for SQL Server.
/// </summary>
internal sealed class ReportFigureQueries
{
    public ReportFigureQueries(IAppDbContext db, IQueryable<int> unitIds, ReportPeriod period)
    {
        var from = ReportFiguresBuilder.StartUtc(period.Start);
        var to = ReportFiguresBuilder.StartUtc(period.End.AddDays(1));
        var approvedOrLater = ReportFiguresBuilder.ApprovedOrLater;
        var proposals = db.Proposals.AsNoTracking().Where(p => unitIds.Contains(p.DecidingUnitId));
        Received = proposals.Where(p => p.ReceivedAtUtc >= from && p.ReceivedAtUtc < to);
        var decisions = db.ProposalDecisions.AsNoTracking()
            .Where(d => d.CreatedAtUtc >= from && d.CreatedAtUtc < to && proposals.Any(p => p.Id == d.ProposalId));

        // Approved (by the vote or the head's override) in the period: the stored decision moment of the current round.
        Approved = Compliance.DecisionTimes.DecidedBetween(proposals, from, to).Where(p => approvedOrLater.Contains(p.State));
        ApprovedByOverride = Approved.Where(p => p.ApprovedByOverride);
        EscalatedReceived = Received.Where(p => p.EscalatedFromProposalId != null);

        // The period's implementation decisions (one index range on kind and time) name the proposals whose funds count.
        var implemented = db.ProposalDecisions.Where(d => d.Kind == DecisionKind.Implementation && d.CreatedAtUtc >= from && d.CreatedAtUtc < to)
            .Select(d => d.ProposalId);
        Funds = proposals.Where(p => p.Resources != null && implemented.Contains(p.Id)).Select(p => p.Resources!.FundsVnd);
        DecidedByKind = decisions.GroupBy(d => d.Kind)
            .Select(g => new KeyCount<DecisionKind>(g.Key, g.Select(d => d.ProposalId).Distinct().Count()));
        // Evaluated in the period: the stored moment of the evaluation result (Proposal.EvaluatedAtUtc), one index range.
        EvaluatedByOutcome = proposals
            .Where(p => p.Outcome != null && p.EvaluatedAtUtc >= from && p.EvaluatedAtUtc < to)
            .GroupBy(p => p.Outcome).Select(g => new KeyCount<EvaluationOutcome?>(g.Key, g.Count()));

        // The position now, of proposals received by the end of the period.
        CurrentByState = proposals
            .Where(p => p.ReceivedAtUtc < to && (p.State == ProposalState.InProgress || p.State == ProposalState.Suspended))
            .GroupBy(p => p.State).Select(g => new KeyCount<ProposalState>(g.Key, g.Count()));
        Completed = proposals.Where(p => p.CompletionReportedAtUtc >= from && p.CompletionReportedAtUtc < to);

        var encouragement = db.EncouragementRecords.AsNoTracking().Where(r =>
            r.DecisionSignedOn >= period.Start && r.DecisionSignedOn <= period.End && proposals.Any(p => p.Id == r.ProposalId));
        var protection = db.ProtectionDecisions.AsNoTracking().Where(d =>
            d.DecisionSignedOn >= period.Start && d.DecisionSignedOn <= period.End && unitIds.Contains(d.DecidingUnitId));
        EncouragedByMeasure = encouragement.GroupBy(r => r.Measure)
            .Select(g => new KeyCount<EncouragementMeasure>(g.Key, g.Select(r => r.OfficerId).Distinct().Count()));
        ProtectedByType = protection.GroupBy(d => d.Type)
            .Select(g => new KeyCount<ProtectionType>(g.Key, g.Select(d => d.OfficerId).Distinct().Count()));
        EncouragedOfficers = encouragement.Select(r => r.OfficerId).Distinct();
        ProtectedOfficers = protection.Select(d => d.OfficerId).Distinct();

        // Art. 6 violations whose handling was decided in the period, in the deciding agencies of the subtree.
        ViolationsHandled = db.ViolationRecords.AsNoTracking().Where(v =>
            unitIds.Contains(v.DecidingUnitId) && v.HandledOn >= period.Start && v.HandledOn <= period.End && v.Handling != null);

        ReceivedByField = Received.GroupBy(p => p.FieldId).Select(g => new KeyCount<int?>(g.Key, g.Count()));
        ReceivedByKind = Received.GroupBy(p => p.KindId).Select(g => new KeyCount<int?>(g.Key, g.Count()));
        ReceivedByUnit = Received.GroupBy(p => p.DecidingUnitId).Select(g => new KeyCount<int>(g.Key, g.Count()));
        Fields = db.ProposalFields.AsNoTracking().OrderBy(f => f.SortOrder).Select(f => new FieldName(f.Id, f.Name, f.IsActive));
        Kinds = db.InnovationKinds.AsNoTracking().OrderBy(k => k.SortOrder).Select(k => new FieldName(k.Id, k.Name, k.IsActive));
        Proposers = db.Officers.Where(o => Received.Select(p => p.ProposerId).Contains(o.Id));
        Encouraged = db.Officers.Where(o => encouragement.Select(r => r.OfficerId).Contains(o.Id));
    }

    public IQueryable<Proposal> Received { get; }
    public IQueryable<Proposal> Approved { get; }
    public IQueryable<Proposal> ApprovedByOverride { get; }
    public IQueryable<Proposal> EscalatedReceived { get; }
    public IQueryable<Proposal> Completed { get; }
    public IQueryable<decimal?> Funds { get; }
    public IQueryable<KeyCount<DecisionKind>> DecidedByKind { get; }
    public IQueryable<KeyCount<EvaluationOutcome?>> EvaluatedByOutcome { get; }
    public IQueryable<KeyCount<ProposalState>> CurrentByState { get; }
    public IQueryable<KeyCount<EncouragementMeasure>> EncouragedByMeasure { get; }
    public IQueryable<KeyCount<ProtectionType>> ProtectedByType { get; }
    public IQueryable<int> EncouragedOfficers { get; }
    public IQueryable<int> ProtectedOfficers { get; }
    public IQueryable<Decree73.Domain.Violations.ViolationRecord> ViolationsHandled { get; }
    public IQueryable<KeyCount<int?>> ReceivedByField { get; }
    public IQueryable<KeyCount<int?>> ReceivedByKind { get; }
    public IQueryable<KeyCount<int>> ReceivedByUnit { get; }
    public IQueryable<FieldName> Fields { get; }
    public IQueryable<FieldName> Kinds { get; }
    public IQueryable<Officer> Proposers { get; }
    public IQueryable<Officer> Encouraged { get; }

    internal sealed record FieldName(int Id, string Name, bool IsActive);
}

/// <summary>The breakdowns of a group of officers (proposers, encouraged officers) for the report's tables.</summary>
internal sealed class PeopleQueries(IQueryable<Officer> people, DateOnly periodEnd)
{
    /// <summary>
    /// How many people share each combination of post, sex, education, ethnicity and age group (under 40 on the
    /// period's last day: born after the day 40 years before it): every breakdown of the report is a sum over these.
    /// </summary>
    public IQueryable<PersonProfile> Profiles
    {
        get
        {
            var fortiethBirthdayCutoff = periodEnd.AddYears(-40);
            return people
                .GroupBy(o => new { o.PostKind, o.Sex, o.EducationLevel, o.Ethnicity, Under40 = o.DateOfBirth > fortiethBirthdayCutoff })
                .Select(g => new PersonProfile(g.Key.PostKind, g.Key.Sex, g.Key.EducationLevel, g.Key.Ethnicity, g.Key.Under40, g.Count()));
        }
    }
}

/// <summary>One combination of a person's attributes the report breaks down by, and how many people have it.</summary>
internal sealed record PersonProfile(PostKind Post, Sex Sex, EducationLevel Education, string Ethnicity, bool Under40, int Count);
