using Decree73.Application.Abstractions;
using Decree73.Application.Common;
using Decree73.Domain.Organisation;
using Decree73.Domain.Proposals;
using Microsoft.EntityFrameworkCore;

namespace Decree73.Application.Compliance;

/// <summary>
/// The per-unit scorecard and the charts, over the proposals received in the period (their state as of today). Counts
/// are grouped by the database, once for the scorecard and the charts; decision times are counted by the database per
/// unit and number of working days (stored with each decision).
/// </summary>
public sealed class ScorecardQueries(IAppDbContext db)
{
    private static readonly UnitKind[] Agencies = [UnitKind.Commune, UnitKind.ProvincialDepartment, UnitKind.PublicServiceUnit];

    internal IQueryable<Proposal> Received(ComplianceContext c)
    {
        var (from, to) = (c.Period.FromUtc, c.Period.ToUtc);
        return c.Proposals.Where(p => p.ReceivedAtUtc >= from && p.ReceivedAtUtc < to);
    }

    /// <summary>
    /// The period's receipts counted once, by deciding unit, state, field, outcome and whether the completion was
    /// reported: the scorecard's counts and the charts by state and by field all add these groups up, so the overview
    /// reads the period's range once for the three of them (one index range, IX_Proposals_Period_Received).
    /// </summary>
    internal IQueryable<ReceivedGroup> ReceivedGroups(ComplianceContext c) =>
        Received(c).GroupBy(p => new { p.DecidingUnitId, p.State, p.FieldId, p.Outcome, Completed = p.CompletionReportedAtUtc != null })
            .Select(g => new ReceivedGroup
            {
                UnitId = g.Key.DecidingUnitId,
                State = g.Key.State,
                FieldId = g.Key.FieldId,
                Outcome = g.Key.Outcome,
                Completed = g.Key.Completed,
                Count = g.Count(),
            });

    internal async Task<IReadOnlyList<ReceivedGroup>> ReceivedGroupsAsync(ComplianceContext c, CancellationToken ct) =>
        await ReceivedGroups(c).ToListAsync(ct);

    internal async Task<Scorecard> ScorecardAsync(ComplianceContext c, CancellationToken ct) =>
        await ScorecardAsync(c, await ReceivedGroupsAsync(c, ct), ct);

    internal async Task<Scorecard> ScorecardAsync(ComplianceContext c, IReadOnlyList<ReceivedGroup> groups, CancellationToken ct)
    {
        var received = Received(c);
        var counts = groups.GroupBy(r => r.UnitId)
            .Select(g => new
            {
                UnitId = g.Key,
                Received = g.Sum(r => r.Count),
                InProgress = g.Where(r => r.State is ProposalState.InProgress or ProposalState.Suspended).Sum(r => r.Count),
                Completed = g.Where(r => r.Completed).Sum(r => r.Count),
                EvaluatedCompleted = g.Where(r => r.Outcome == EvaluationOutcome.Completed).Sum(r => r.Count),
                EvaluatedPartly = g.Where(r => r.Outcome == EvaluationOutcome.PartlyCompleted).Sum(r => r.Count),
                EvaluatedNot = g.Where(r => r.Outcome == EvaluationOutcome.NotCompleted).Sum(r => r.Count),
            })
            .ToDictionary(r => r.UnitId);
        var protectedOfficials = await OfficialsPerUnitAsync(
            received.Join(db.ProtectionDecisions, p => p.Id, r => r.ProposalId, (p, r) => new UnitOfficer { UnitId = p.DecidingUnitId, OfficerId = r.OfficerId }), ct);
        var encouragedOfficials = await OfficialsPerUnitAsync(
            received.Join(db.EncouragementRecords, p => p.Id, e => e.ProposalId, (p, e) => new UnitOfficer { UnitId = p.DecidingUnitId, OfficerId = e.OfficerId }), ct);

        // Decision times: the working days are stored with each decision (Proposal.DecisionWorkingDays), so the database
        // counts the decisions per unit and number of working days.
        var timing = new Dictionary<int, (int OnTime, SortedDictionary<int, int> Days)>();
        var all = new SortedDictionary<int, int>();
        var allOnTime = 0;
        foreach (var pair in await DecisionTimes.Pairs(received).ToListAsync(ct))
        {
            var (unitOnTime, unitDays) = timing.TryGetValue(pair.UnitId, out var t) ? t : (0, new SortedDictionary<int, int>());
            Add(unitDays, pair.WorkingDays, pair.Count);
            timing[pair.UnitId] = (unitOnTime + pair.OnTime, unitDays);
            Add(all, pair.WorkingDays, pair.Count);
            allOnTime += pair.OnTime;
        }

        // Every agency of the subtree appears, even with nothing received: a blank line is itself a finding.
        var path = c.Scope.Path;
        var unitIds = counts.Keys.ToList();
        var units = await db.Units.AsNoTracking()
            .Where(u => (u.Path.StartsWith(path) && Agencies.Contains(u.Kind)) || unitIds.Contains(u.Id))
            .OrderBy(u => u.Path)
            .Select(u => new { u.Id, u.Name })
            .ToListAsync(ct);
        var rows = units.Select(u =>
            {
                var n = counts.GetValueOrDefault(u.Id);
                var (onTime, days) = timing.TryGetValue(u.Id, out var t) ? t : (0, new SortedDictionary<int, int>());
                return new ScorecardRow(u.Id, u.Name, n?.Received ?? 0, days.Values.Sum(), onTime, Median(days), n?.InProgress ?? 0, n?.Completed ?? 0,
                    n?.EvaluatedCompleted ?? 0, n?.EvaluatedPartly ?? 0, n?.EvaluatedNot ?? 0,
                    protectedOfficials.GetValueOrDefault(u.Id), encouragedOfficials.GetValueOrDefault(u.Id));
            })
            .ToList();
        var total = new ScorecardRow(c.Scope.UnitId, c.Scope.UnitName, rows.Sum(r => r.Received), all.Values.Sum(), allOnTime, Median(all),
            rows.Sum(r => r.InProgress), rows.Sum(r => r.Completed), rows.Sum(r => r.EvaluatedCompleted), rows.Sum(r => r.EvaluatedPartly),
            rows.Sum(r => r.EvaluatedNotCompleted), rows.Sum(r => r.Protected), rows.Sum(r => r.Encouraged));
        return new Scorecard(c.Scope, c.Period, rows, total);
    }

    internal async Task<ComplianceCharts> ChartsAsync(ComplianceContext c, IReadOnlyList<ReceivedGroup> groups, CancellationToken ct)
    {
        var byState = groups.GroupBy(r => r.State).Select(g => new { State = g.Key, Count = g.Sum(r => r.Count) }).ToList();
        var byField = groups.GroupBy(r => r.FieldId).Select(g => new { FieldId = g.Key, Count = g.Sum(r => r.Count) }).ToList();
        var fieldNames = await db.ProposalFields.AsNoTracking().ToDictionaryAsync(f => f.Id, f => (f.Name, f.SortOrder), ct);

        // Eight quarters: the period's year and the one before, counted in one pass.
        var b = Enumerable.Range(0, 9).Select(i => CompliancePeriod.StartUtc(new DateOnly(c.Period.Year - 1, 1, 1).AddMonths(3 * i))).ToArray();
        var (b0, b1, b2, b3, b4, b5, b6, b7, b8) = (b[0], b[1], b[2], b[3], b[4], b[5], b[6], b[7], b[8]);
        var quarters = await c.Proposals.Where(p => p.ReceivedAtUtc >= b0 && p.ReceivedAtUtc < b8)
            .GroupBy(p => 1)
            .Select(g => new[]
            {
                g.Count(p => p.ReceivedAtUtc < b1), g.Count(p => p.ReceivedAtUtc >= b1 && p.ReceivedAtUtc < b2),
                g.Count(p => p.ReceivedAtUtc >= b2 && p.ReceivedAtUtc < b3), g.Count(p => p.ReceivedAtUtc >= b3 && p.ReceivedAtUtc < b4),
                g.Count(p => p.ReceivedAtUtc >= b4 && p.ReceivedAtUtc < b5), g.Count(p => p.ReceivedAtUtc >= b5 && p.ReceivedAtUtc < b6),
                g.Count(p => p.ReceivedAtUtc >= b6 && p.ReceivedAtUtc < b7), g.Count(p => p.ReceivedAtUtc >= b7),
            })
            .ToListAsync(ct);

        return new ComplianceCharts(
            Enum.GetValues<ProposalState>().Where(s => s != ProposalState.Draft)
                .Select(s => (s, byState.FirstOrDefault(x => x.State == s)?.Count ?? 0)).ToList(),
            byField.OrderBy(f => f.FieldId is { } id && fieldNames.TryGetValue(id, out var n) ? n.SortOrder : int.MaxValue)
                .Select(f => new ChartPoint(f.FieldId is { } id && fieldNames.TryGetValue(id, out var n) ? n.Name : "", f.Count)).ToList(),
            (quarters.FirstOrDefault() ?? new int[8]).Select((count, i) => new ChartPoint($"{(i % 4) + 1}/{c.Period.Year - 1 + (i / 4)}", count)).ToList());
    }

    private static async Task<Dictionary<int, int>> OfficialsPerUnitAsync(IQueryable<UnitOfficer> rows, CancellationToken ct) =>
        await rows.Distinct().GroupBy(r => r.UnitId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);

    private static void Add(SortedDictionary<int, int> counts, int value, int count) =>
        counts[value] = counts.GetValueOrDefault(value) + count;

    /// <summary>The median of values given as value → how many times (the middle one, or the mean of the two middle ones).</summary>
    internal static double? Median(SortedDictionary<int, int> counts)
    {
        var n = counts.Values.Sum();
        if (n == 0)
        {
            return null;
        }

        var mid = n / 2;
        return n % 2 == 1 ? At(counts, mid) : (At(counts, mid - 1) + At(counts, mid)) / 2.0;
    }

    /// <summary>The <paramref name="index"/>-th value (from 0) of the sorted values.</summary>
    private static int At(SortedDictionary<int, int> counts, int index)
    {
        foreach (var (value, count) in counts)
        {
            if (index < count)
            {
                return value;
            }

            index -= count;
        }

        throw new ArgumentOutOfRangeException(nameof(index));
    }

    /// <summary>How many of the period's receipts share a deciding unit, state, field, outcome and completion.</summary>
    internal sealed class ReceivedGroup
    {
        public int UnitId { get; init; }
        public ProposalState State { get; init; }
        public int? FieldId { get; init; }
        public EvaluationOutcome? Outcome { get; init; }
        public bool Completed { get; init; }
        public int Count { get; init; }
    }

    private sealed class UnitOfficer
    {
        public int UnitId { get; init; }
        public int OfficerId { get; init; }
    }
}
