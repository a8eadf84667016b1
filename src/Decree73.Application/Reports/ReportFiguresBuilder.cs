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

        // The period's receipts, grouped by field, kind and unit with the escalated ones counted beside: received, received
        // by escalation and the three "received by" tables come from this one grouped query.
        var receipts = await q.ReceivedGroups.ToListAsync(ct);

        // The period's events and the position now: a grouped count per range (a few rows each).
        var approved = await q.Approved.ToListAsync(ct);
        var evaluated = await q.Evaluated.ToListAsync(ct);
        var position = await q.Position.ToListAsync(ct);
        int Evaluated(EvaluationOutcome outcome) => evaluated.FirstOrDefault(e => e.Key == outcome)?.Count ?? 0;
        int Now(ProposalState state) => position.FirstOrDefault(e => e.Key == state)?.Count ?? 0;

        var byKind = await q.DecidedByKind.ToListAsync(ct);
        int Decided(DecisionKind kind) => byKind.FirstOrDefault(k => k.Key == kind)?.Count ?? 0;

        // Art. 10(2): what the implementation decisions of the period allocated. A few rows per period: summed here,
        // since SQLite cannot sum decimals.
        var funds = await q.Funds.ToListAsync(ct);

        // The distinct (measure, officer) and (type, officer) pairs of the period: a few rows, counted per measure or
        // type and as distinct officers here.
        var encouraged = await q.EncouragedPairs.ToListAsync(ct);
        var protectedPairs = await q.ProtectedPairs.ToListAsync(ct);

        return new ReportFigures
        {
            Received = receipts.Sum(r => r.Count),
            Approved = approved.Sum(a => a.Count),
            ApprovedByOverride = approved.FirstOrDefault(a => a.Key)?.Count ?? 0,
            Rejected = Decided(DecisionKind.Rejection),
            Escalated = Decided(DecisionKind.Escalation),
            EscalatedReceived = receipts.Sum(r => r.Escalated),
            ResourcedProposals = funds.Count,
            AllocatedFundsVnd = (long)funds.Sum(f => f ?? 0m),
            InProgress = Now(ProposalState.InProgress),
            Suspended = Now(ProposalState.Suspended),
            Stopped = Decided(DecisionKind.Stop),
            Completed = await q.Completed.CountAsync(ct),
            EvaluatedCompleted = Evaluated(EvaluationOutcome.Completed),
            EvaluatedPartly = Evaluated(EvaluationOutcome.PartlyCompleted),
            EvaluatedNotCompleted = Evaluated(EvaluationOutcome.NotCompleted),
            EncouragedOfficers = encouraged.Select(e => e.OfficerId).Distinct().Count(),
            EncouragedByMeasure = EnumRows(encouraged.GroupBy(e => e.Key).ToDictionary(g => g.Key, g => g.Count())),
            ProtectedOfficers = protectedPairs.Select(e => e.OfficerId).Distinct().Count(),
            ProtectedByType = EnumRows(protectedPairs.GroupBy(e => e.Key).ToDictionary(g => g.Key, g => g.Count())),
            ViolationsHandled = await q.ViolationsHandled.CountAsync(ct),
            ReceivedByField = await ByFieldAsync(q, ReceiptTotals(receipts, r => r.FieldId), ct),
            ReceivedByKind = await ByKindAsync(q, ReceiptTotals(receipts, r => r.KindId), ct),
            ReceivedByUnit = await ByUnitAsync(ReceiptTotals(receipts, r => r.UnitId), ct),
            Proposers = await PeopleAsync(new PeopleQueries(q.Proposers, period.End), ct),
            Encouraged = await PeopleAsync(new PeopleQueries(q.Encouraged, period.End), ct),
        };
    }

    private static List<KeyCount<TKey>> ReceiptTotals<TKey>(IEnumerable<ReceivedGroup> receipts, Func<ReceivedGroup, TKey> key) =>
        receipts.GroupBy(key).Select(g => new KeyCount<TKey>(g.Key, g.Sum(r => r.Count))).ToList();

    /// <summary>Midnight of <paramref name="day"/> in Vietnam, in UTC: periods are Vietnamese calendar dates.</summary>
    internal static DateTime StartUtc(DateOnly day) =>
        TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(day.ToDateTime(TimeOnly.MinValue), DateTimeKind.Unspecified), VietnamTime.Zone);

    private static async Task<IReadOnlyList<FigureRow>> ByFieldAsync(ReportFigureQueries q, List<KeyCount<int?>> counts, CancellationToken ct)
    {
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
    private static async Task<IReadOnlyList<FigureRow>> ByKindAsync(ReportFigureQueries q, List<KeyCount<int?>> counts, CancellationToken ct)
    {
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

    private async Task<IReadOnlyList<FigureRow>> ByUnitAsync(List<KeyCount<int>> counts, CancellationToken ct)
    {
        if (counts.Count == 0)
        {
            return [];
        }

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

/// <summary>The period's receipts of one field, kind and deciding unit: how many, and how many came by escalation.</summary>
internal sealed record ReceivedGroup(int? FieldId, int? KindId, int UnitId, int Count, int Escalated);

/// <summary>
/// The queries behind the figures of a subtree and a period, as <see cref="ReportFiguresBuilder"/> runs them: a few
/// grouped queries with conditional counts over the period's rows instead of one count per figure;
/// <see cref="Common.QueryCatalog"/> translates each for SQL Server.
/// </summary>
internal sealed class ReportFigureQueries
{
    /// <summary>The decision kinds the figures count (rejected, escalated out, stopped): the leading column of the decisions' period index.</summary>
    internal static readonly DecisionKind[] CountedDecisionKinds = [DecisionKind.Rejection, DecisionKind.Escalation, DecisionKind.Stop];

    public ReportFigureQueries(IAppDbContext db, IQueryable<int> unitIds, ReportPeriod period)
    {
        var from = ReportFiguresBuilder.StartUtc(period.Start);
        var to = ReportFiguresBuilder.StartUtc(period.End.AddDays(1));
        var approvedOrLater = ReportFiguresBuilder.ApprovedOrLater;
        var countedKinds = CountedDecisionKinds;
        var proposals = db.Proposals.AsNoTracking().Where(p => unitIds.Contains(p.DecidingUnitId));
        var received = proposals.Where(p => p.ReceivedAtUtc >= from && p.ReceivedAtUtc < to);

        // Received, received by escalation, and by field, kind and unit: one range over the period's receipts.
        ReceivedGroups = received.GroupBy(p => new { p.FieldId, p.KindId, p.DecidingUnitId })
            .Select(g => new ReceivedGroup(g.Key.FieldId, g.Key.KindId, g.Key.DecidingUnitId, g.Count(), g.Count(p => p.EscalatedFromProposalId != null)));

        // The period's events and the position now: four grouped counts, each a range on its own covering period index
        // (one query over the OR of the four ranges made SQLite read every matched proposal's row):
        // - approved (by the vote or the head's override) in the period: the stored decision moment of the current round;
        // - evaluated in the period, by outcome: the stored moment of the evaluation result (Proposal.EvaluatedAtUtc);
        // - completion reported in the period;
        // - the position now (in progress, suspended) of proposals received by the end of the period.
        Approved = proposals.Where(p => p.DecidedAtUtc >= from && p.DecidedAtUtc < to && approvedOrLater.Contains(p.State))
            .GroupBy(p => p.ApprovedByOverride)
            .Select(g => new KeyCount<bool>(g.Key, g.Count()));
        Evaluated = proposals.Where(p => p.EvaluatedAtUtc >= from && p.EvaluatedAtUtc < to && p.Outcome != null)
            .GroupBy(p => p.Outcome!.Value)
            .Select(g => new KeyCount<EvaluationOutcome>(g.Key, g.Count()));
        Completed = proposals.Where(p => p.CompletionReportedAtUtc >= from && p.CompletionReportedAtUtc < to);
        Position = proposals.Where(p => (p.State == ProposalState.InProgress || p.State == ProposalState.Suspended) && p.ReceivedAtUtc < to)
            .GroupBy(p => p.State)
            .Select(g => new KeyCount<ProposalState>(g.Key, g.Count()));

        // The period's rejections, escalations and stops (a range per kind on the decisions' index of kind and time),
        // joined to their proposal's deciding unit: a join, not a lookup of the proposal per decision.
        DecidedByKind = db.ProposalDecisions.AsNoTracking()
            .Where(d => countedKinds.Contains(d.Kind) && d.CreatedAtUtc >= from && d.CreatedAtUtc < to)
            .Join(proposals, d => d.ProposalId, p => p.Id, (d, p) => new { d.Kind, d.ProposalId })
            .GroupBy(d => d.Kind)
            .Select(g => new KeyCount<DecisionKind>(g.Key, g.Select(d => d.ProposalId).Distinct().Count()));

        // The proposals whose implementation decision allocated resources in the period: the moment stored with that
        // decision (Proposal.ResourcesAllocatedAtUtc), one index range over the resourced rows only. Joining the period's
        // implementation decisions to their proposals read every implemented proposal's row (79–99 ms at 100,000).
        Funds = proposals.Where(p => p.ResourcesAllocatedAtUtc >= from && p.ResourcesAllocatedAtUtc < to).Select(p => p.Resources!.FundsVnd);

        var encouragement = db.EncouragementRecords.AsNoTracking().Where(r =>
            r.DecisionSignedOn >= period.Start && r.DecisionSignedOn <= period.End && proposals.Any(p => p.Id == r.ProposalId));
        var protection = db.ProtectionDecisions.AsNoTracking().Where(d =>
            d.DecisionSignedOn >= period.Start && d.DecisionSignedOn <= period.End && unitIds.Contains(d.DecidingUnitId));
        EncouragedPairs = encouragement.Select(r => new OfficerKey<EncouragementMeasure>(r.Measure, r.OfficerId)).Distinct();
        ProtectedPairs = protection.Select(d => new OfficerKey<ProtectionType>(d.Type, d.OfficerId)).Distinct();

        // Art. 6 violations whose handling was decided in the period, in the deciding agencies of the subtree.
        ViolationsHandled = db.ViolationRecords.AsNoTracking().Where(v =>
            unitIds.Contains(v.DecidingUnitId) && v.HandledOn >= period.Start && v.HandledOn <= period.End && v.Handling != null);

        Fields = db.ProposalFields.AsNoTracking().OrderBy(f => f.SortOrder).Select(f => new FieldName(f.Id, f.Name, f.IsActive));
        Kinds = db.InnovationKinds.AsNoTracking().OrderBy(k => k.SortOrder).Select(k => new FieldName(k.Id, k.Name, k.IsActive));
        Proposers = db.Officers.Where(o => received.Select(p => p.ProposerId).Contains(o.Id));
        Encouraged = db.Officers.Where(o => encouragement.Select(r => r.OfficerId).Contains(o.Id));
    }

    public IQueryable<ReceivedGroup> ReceivedGroups { get; }
    public IQueryable<KeyCount<bool>> Approved { get; }
    public IQueryable<KeyCount<EvaluationOutcome>> Evaluated { get; }
    public IQueryable<Proposal> Completed { get; }
    public IQueryable<KeyCount<ProposalState>> Position { get; }
    public IQueryable<decimal?> Funds { get; }
    public IQueryable<KeyCount<DecisionKind>> DecidedByKind { get; }
    public IQueryable<OfficerKey<EncouragementMeasure>> EncouragedPairs { get; }
    public IQueryable<OfficerKey<ProtectionType>> ProtectedPairs { get; }
    public IQueryable<Decree73.Domain.Violations.ViolationRecord> ViolationsHandled { get; }
    public IQueryable<FieldName> Fields { get; }
    public IQueryable<FieldName> Kinds { get; }
    public IQueryable<Officer> Proposers { get; }
    public IQueryable<Officer> Encouraged { get; }

    internal sealed record FieldName(int Id, string Name, bool IsActive);
}

/// <summary>A distinct (measure or type, officer) pair of the period.</summary>
internal sealed record OfficerKey<TKey>(TKey Key, int OfficerId);

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
