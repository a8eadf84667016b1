using Decree73.Application.Abstractions;
using Decree73.Application.Common;
using Decree73.Domain.Organisation;
using Decree73.Domain.Proposals;
using Microsoft.EntityFrameworkCore;

namespace Decree73.Application.Compliance;

/// <summary>
/// The per-unit scorecard and the charts, over the proposals received in the period (their state as of today). Counts
/// are grouped by the database; decision times need working days, so they are read as one narrow row per decided
/// proposal and reduced per unit as they stream.
/// </summary>
public sealed class ScorecardQueries(IAppDbContext db)
{
    private static readonly UnitKind[] Agencies = [UnitKind.Commune, UnitKind.ProvincialDepartment, UnitKind.PublicServiceUnit];

    internal IQueryable<Proposal> Received(ComplianceContext c)
    {
        var (from, to) = (c.Period.FromUtc, c.Period.ToUtc);
        return c.Proposals.Where(p => p.ReceivedAtUtc >= from && p.ReceivedAtUtc < to);
    }

    internal async Task<Scorecard> ScorecardAsync(ComplianceContext c, CancellationToken ct)
    {
        var received = Received(c);
        var counts = await received.GroupBy(p => p.DecidingUnitId)
            .Select(g => new
            {
                UnitId = g.Key,
                Received = g.Count(),
                InProgress = g.Count(p => p.State == ProposalState.InProgress || p.State == ProposalState.Suspended),
                Completed = g.Count(p => p.CompletionReportedAtUtc != null),
                EvaluatedCompleted = g.Count(p => p.Outcome == EvaluationOutcome.Completed),
                EvaluatedPartly = g.Count(p => p.Outcome == EvaluationOutcome.PartlyCompleted),
                EvaluatedNot = g.Count(p => p.Outcome == EvaluationOutcome.NotCompleted),
            })
            .ToDictionaryAsync(r => r.UnitId, ct);
        var protectedOfficials = await OfficialsPerUnitAsync(
            received.Join(db.ProtectionDecisions, p => p.Id, r => r.ProposalId, (p, r) => new UnitOfficer { UnitId = p.DecidingUnitId, OfficerId = r.OfficerId }), ct);
        var encouragedOfficials = await OfficialsPerUnitAsync(
            received.Join(db.EncouragementRecords, p => p.Id, e => e.ProposalId, (p, e) => new UnitOfficer { UnitId = p.DecidingUnitId, OfficerId = e.OfficerId }), ct);

        var timing = new Dictionary<int, (int OnTime, List<int> Days)>();
        var all = new List<int>();
        var allOnTime = 0;
        await foreach (var row in DecisionTimes.Rows(received).AsAsyncEnumerable().WithCancellation(ct))
        {
            var decidedOn = row.DecidedOn;
            var days = HeldStepQueries.WorkingDaysBetween(c.Calendar, VietnamTime.DateOf(row.ReceivedAtUtc), decidedOn);
            var onTime = decidedOn <= row.DueOn ? 1 : 0;
            var (unitOnTime, list) = timing.TryGetValue(row.UnitId, out var t) ? t : (0, new List<int>());
            list.Add(days);
            timing[row.UnitId] = (unitOnTime + onTime, list);
            all.Add(days);
            allOnTime += onTime;
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
                var (onTime, days) = timing.TryGetValue(u.Id, out var t) ? t : (0, []);
                return new ScorecardRow(u.Id, u.Name, n?.Received ?? 0, days.Count, onTime, Median(days), n?.InProgress ?? 0, n?.Completed ?? 0,
                    n?.EvaluatedCompleted ?? 0, n?.EvaluatedPartly ?? 0, n?.EvaluatedNot ?? 0,
                    protectedOfficials.GetValueOrDefault(u.Id), encouragedOfficials.GetValueOrDefault(u.Id));
            })
            .ToList();
        var total = new ScorecardRow(c.Scope.UnitId, c.Scope.UnitName, rows.Sum(r => r.Received), all.Count, allOnTime, Median(all),
            rows.Sum(r => r.InProgress), rows.Sum(r => r.Completed), rows.Sum(r => r.EvaluatedCompleted), rows.Sum(r => r.EvaluatedPartly),
            rows.Sum(r => r.EvaluatedNotCompleted), rows.Sum(r => r.Protected), rows.Sum(r => r.Encouraged));
        return new Scorecard(c.Scope, c.Period, rows, total);
    }

    internal async Task<ComplianceCharts> ChartsAsync(ComplianceContext c, CancellationToken ct)
    {
        var received = Received(c);
        var byState = await received.GroupBy(p => p.State).Select(g => new { State = g.Key, Count = g.Count() }).ToListAsync(ct);
        var byField = await received.GroupBy(p => p.FieldId).Select(g => new { FieldId = g.Key, Count = g.Count() }).ToListAsync(ct);
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

    private static double? Median(List<int> values)
    {
        if (values.Count == 0)
        {
            return null;
        }

        values.Sort();
        var mid = values.Count / 2;
        return values.Count % 2 == 1 ? values[mid] : (values[mid - 1] + values[mid]) / 2.0;
    }

    private sealed class UnitOfficer
    {
        public int UnitId { get; init; }
        public int OfficerId { get; init; }
    }
}
