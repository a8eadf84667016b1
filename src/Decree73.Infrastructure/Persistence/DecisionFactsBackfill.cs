using Decree73.Domain.Audit;
using Decree73.Domain.Calendar;
using Decree73.Domain.Proposals;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Decree73.Infrastructure.Persistence;

/// <summary>
/// Fills <see cref="Proposal.DecidedAtUtc"/> and <see cref="Proposal.DecidedOn"/> on proposals decided before those
/// facts were stored (migration S16DecisionFacts), from the records they were computed from until then: the head's
/// override or rejection of the current round, otherwise its approval vote. Runs after the migrations at each start and
/// does nothing once every decided proposal carries its facts. Set-based: one UPDATE for the moments, then one per
/// distinct Vietnam date; these derived columns are not audited changes of the proposal (its version is untouched).
/// The same for <see cref="Proposal.EvaluatedAtUtc"/> (migration S17PeriodIndexes): the first evaluation result; and
/// for <see cref="Proposal.ApprovalVotedAtUtc"/> with <see cref="Proposal.VotedWithoutPartyOpinion"/> (migration
/// S17VoteFacts): the round's first approval vote, and whether no Party opinion was recorded between receipt and it.
/// Migration S20StoredFacts: <see cref="Proposal.DecisionWorkingDays"/> (counted once per distinct pair of receipt and
/// decision dates, with the calendar), <see cref="Proposal.ApprovedByOtherAgencyAtUtc"/> (the round's latest override or
/// implementation decision by an officer of another unit), <see cref="Proposal.EvaluationDueOn"/> (the evaluation's
/// deadline from the completion report or the stop, once per distinct start date) and <see cref="Proposal.EvaluatedOn"/>;
/// every proposal those facts were missing on was decided before them, so one seek on the decided rows without their
/// working days (IX_Proposals_DecisionWorkingDays) says whether there is anything to fill.
/// </summary>
public sealed class DecisionFactsBackfill(AppDbContext db, ILogger<DecisionFactsBackfill> logger, DeadlineRules? rules = null)
{
    private static readonly ProposalState[] Decided =
    [
        ProposalState.Approved, ProposalState.Rejected, ProposalState.InProgress, ProposalState.Suspended, ProposalState.Stopped,
        ProposalState.CompletionReported, ProposalState.Evaluated, ProposalState.Closed,
    ];

    public async Task<int> RunAsync(CancellationToken ct = default)
    {
        if (await Unevaluated(db).AnyAsync(ct))
        {
            var evaluated = await FillEvaluationMomentsAsync(db, ct);
            logger.LogInformation("Evaluation moments filled on {Count} proposal(s) evaluated before they were stored", evaluated);
        }

        if (await Unvoted(db).AnyAsync(ct))
        {
            // The opinion first: it is computed from the vote's moment, read from the votes while the moment is unset.
            await FillVotedWithoutPartyOpinionAsync(db, ct);
            var voted = await FillVoteMomentsAsync(db, ct);
            logger.LogInformation("Approval vote facts filled on {Count} proposal(s) voted before they were stored", voted);
        }

        var moments = 0;
        if (await Missing(db).AnyAsync(ct))
        {
            moments = await FillMomentsAsync(db, ct);
            foreach (var day in (await Undated(db).ToListAsync(ct)).Select(VietnamDate).Distinct())
            {
                await FillDateAsync(db, day, ct);
            }

            logger.LogInformation("Decision facts filled on {Count} proposal(s) decided before they were stored", moments);
        }

        // After the decision dates: the working days count to them.
        if (await Unmeasured(db).AnyAsync(ct))
        {
            await FillStoredFactsAsync(ct);
        }

        return moments;
    }

    /// <summary>Decided proposals without their stored working days (stored with every decision since S20StoredFacts).</summary>
    internal static IQueryable<Proposal> Unmeasured(AppDbContext db) =>
        db.Proposals.Where(p => p.DecisionWorkingDays == null && p.DecidedOn != null && p.ReceivedAtUtc != null);

    /// <summary>The facts of migration S20StoredFacts on the proposals decided before it.</summary>
    private async Task FillStoredFactsAsync(CancellationToken ct)
    {
        // The other agency first: it is filled on the rows still without their working days.
        var otherAgency = await FillApprovedByOtherAgencyAsync(db, ct);
        var calendar = new WorkingCalendar(await db.CalendarDays.AsNoTracking().ToListAsync(ct));
        var deadlines = rules ?? new DeadlineRules();

        var awaiting = await FillAwaitingEvaluationDueAsync(db, ct);
        var evaluated = 0;
        var starts = await EvaluatedWithoutDue(db).ToListAsync(ct);
        foreach (var group in starts.Where(r => r.Start is not null)
                     .GroupBy(r => deadlines.EvaluationDue(calendar, VietnamDate(r.Start!.Value)), r => r.Id))
        {
            foreach (var chunk in group.Chunk(500))
            {
                evaluated += await FillEvaluationDueAsync(db, chunk, group.Key, ct);
            }
        }

        foreach (var day in (await EvaluatedUndated(db).ToListAsync(ct)).Select(VietnamDate).Distinct())
        {
            await FillEvaluatedOnAsync(db, day, ct);
        }

        var measured = 0;
        foreach (var pair in await UnmeasuredPairs(db).ToListAsync(ct))
        {
            var receivedOn = DateOnly.FromDateTime(pair.ReceivedOn);
            measured += await FillWorkingDaysAsync(db, receivedOn, pair.DecidedOn, Proposal.DecisionWorkingDaysOf(calendar, receivedOn, pair.DecidedOn), ct);
        }

        logger.LogInformation(
            "Stored facts filled: working days on {Measured}, approved by another agency on {OtherAgency}, evaluation deadlines on {Evaluated} evaluated and {Awaiting} awaiting proposal(s)",
            measured, otherAgency, evaluated, awaiting);
    }

    /// <summary><see cref="Proposal.ApprovedByOtherAgencyAtUtc"/>: the latest such decision of the round.</summary>
    internal static Task<int> FillApprovedByOtherAgencyAsync(AppDbContext db, CancellationToken ct) =>
        Unmeasured(db).Where(p => p.ApprovedByOtherAgencyAtUtc == null
                && db.ProposalDecisions.Any(d => d.ProposalId == p.Id && (d.Kind == DecisionKind.Override || d.Kind == DecisionKind.Implementation)
                    && d.CreatedAtUtc >= p.ReceivedAtUtc && db.Officers.Any(o => o.Id == d.DecidedByOfficerId && o.UnitId != p.DecidingUnitId)))
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.ApprovedByOtherAgencyAtUtc, p =>
                db.ProposalDecisions.Where(d => d.ProposalId == p.Id && (d.Kind == DecisionKind.Override || d.Kind == DecisionKind.Implementation)
                        && d.CreatedAtUtc >= p.ReceivedAtUtc && db.Officers.Any(o => o.Id == d.DecidedByOfficerId && o.UnitId != p.DecidingUnitId))
                    .Max(d => (DateTime?)d.CreatedAtUtc)), ct);

    /// <summary>Awaiting the evaluation: its deadline is the current step's.</summary>
    internal static Task<int> FillAwaitingEvaluationDueAsync(AppDbContext db, CancellationToken ct) =>
        db.Proposals.Where(p => p.EvaluationDueOn == null && p.StepDueOn != null
                && (p.State == ProposalState.CompletionReported || p.State == ProposalState.Stopped))
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.EvaluationDueOn, p => p.StepDueOn), ct);

    internal sealed class EvaluationStart
    {
        public int Id { get; init; }
        public DateTime? Start { get; init; }
    }

    /// <summary>Evaluated proposals without their deadline, with the moment it counts from: the completion report, otherwise the stop.</summary>
    internal static IQueryable<EvaluationStart> EvaluatedWithoutDue(AppDbContext db) =>
        db.Proposals.AsNoTracking().Where(p => p.Outcome != null && p.EvaluationDueOn == null)
            .Select(p => new EvaluationStart
            {
                Id = p.Id,
                Start = p.CompletionReportedAtUtc
                    ?? db.ProposalDecisions.Where(d => d.ProposalId == p.Id && d.Kind == DecisionKind.Stop).Max(d => (DateTime?)d.CreatedAtUtc),
            });

    internal static Task<int> FillEvaluationDueAsync(AppDbContext db, int[] ids, DateOnly due, CancellationToken ct) =>
        db.Proposals.Where(p => ids.Contains(p.Id) && p.EvaluationDueOn == null).ExecuteUpdateAsync(s => s.SetProperty(p => p.EvaluationDueOn, due), ct);

    /// <summary>The evaluation moments still without their Vietnam date.</summary>
    internal static IQueryable<DateTime> EvaluatedUndated(AppDbContext db) =>
        db.Proposals.AsNoTracking().Where(p => p.EvaluatedAtUtc != null && p.EvaluatedOn == null).Select(p => p.EvaluatedAtUtc!.Value);

    internal static Task<int> FillEvaluatedOnAsync(AppDbContext db, DateOnly day, CancellationToken ct)
    {
        var from = day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc).AddHours(-7);
        var to = from.AddDays(1);
        return db.Proposals.Where(p => p.EvaluatedOn == null && p.EvaluatedAtUtc >= from && p.EvaluatedAtUtc < to)
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.EvaluatedOn, day), ct);
    }

    internal sealed class DatePair
    {
        public DateTime ReceivedOn { get; init; }
        public DateOnly DecidedOn { get; init; }
    }

    /// <summary>The distinct pairs of Vietnam dates (receipt, decision) of the decided proposals without their working days.</summary>
    internal static IQueryable<DatePair> UnmeasuredPairs(AppDbContext db) =>
        Unmeasured(db).GroupBy(p => new { ReceivedOn = p.ReceivedAtUtc!.Value.AddHours(7).Date, DecidedOn = p.DecidedOn!.Value })
            .Select(g => new DatePair { ReceivedOn = g.Key.ReceivedOn, DecidedOn = g.Key.DecidedOn });

    /// <summary>The working days of one pair of dates on every proposal received on the first and decided on the second.</summary>
    internal static Task<int> FillWorkingDaysAsync(AppDbContext db, DateOnly receivedOn, DateOnly decidedOn, int workingDays, CancellationToken ct)
    {
        var from = receivedOn.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc).AddHours(-7);
        var to = from.AddDays(1);
        return db.Proposals.Where(p => p.DecisionWorkingDays == null && p.DecidedOn == decidedOn && p.ReceivedAtUtc >= from && p.ReceivedAtUtc < to)
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.DecisionWorkingDays, workingDays), ct);
    }

    /// <summary>Decided proposals without their stored decision moment.</summary>
    internal static IQueryable<Proposal> Missing(AppDbContext db) =>
        db.Proposals.Where(p => p.DecidedAtUtc == null && p.ReceivedAtUtc != null && Decided.Contains(p.State));

    /// <summary>The moment from the override or rejection of the current round, otherwise its approval vote.</summary>
    internal static Task<int> FillMomentsAsync(AppDbContext db, CancellationToken ct) =>
        Missing(db).ExecuteUpdateAsync(s => s.SetProperty(p => p.DecidedAtUtc, p =>
            db.ProposalDecisions
                .Where(d => d.ProposalId == p.Id && (d.Kind == DecisionKind.Override || d.Kind == DecisionKind.Rejection) && d.CreatedAtUtc >= p.ReceivedAtUtc)
                .Min(d => (DateTime?)d.CreatedAtUtc)
            ?? db.ProposalVotes
                .Where(v => v.ProposalId == p.Id && v.Stage == VoteStage.Approval && v.CreatedAtUtc >= p.ReceivedAtUtc)
                .Min(v => (DateTime?)v.CreatedAtUtc)), ct);

    private static readonly ProposalState[] Voted = [ProposalState.NotPassed, .. Decided];

    /// <summary>Proposals past the round's vote without its stored moment.</summary>
    internal static IQueryable<Proposal> Unvoted(AppDbContext db) =>
        db.Proposals.Where(p => p.ApprovalVotedAtUtc == null && p.ReceivedAtUtc != null && Voted.Contains(p.State)
            && db.ProposalVotes.Any(v => v.ProposalId == p.Id && v.Stage == VoteStage.Approval && v.CreatedAtUtc >= p.ReceivedAtUtc));

    /// <summary>No Party opinion recorded between the receipt and the round's first approval vote.</summary>
    internal static Task<int> FillVotedWithoutPartyOpinionAsync(AppDbContext db, CancellationToken ct) =>
        Unvoted(db).ExecuteUpdateAsync(s => s.SetProperty(p => p.VotedWithoutPartyOpinion, p =>
            !db.AuditEntries.Any(a => a.ProposalId == p.Id && a.Action == AuditActions.PartyOpinionRecorded && a.OccurredAtUtc >= p.ReceivedAtUtc
                && a.OccurredAtUtc <= db.ProposalVotes
                    .Where(v => v.ProposalId == p.Id && v.Stage == VoteStage.Approval && v.CreatedAtUtc >= p.ReceivedAtUtc)
                    .Min(v => (DateTime?)v.CreatedAtUtc))), ct);

    /// <summary>The moment of the round's first approval vote.</summary>
    internal static Task<int> FillVoteMomentsAsync(AppDbContext db, CancellationToken ct) =>
        Unvoted(db).ExecuteUpdateAsync(s => s.SetProperty(p => p.ApprovalVotedAtUtc, p =>
            db.ProposalVotes.Where(v => v.ProposalId == p.Id && v.Stage == VoteStage.Approval && v.CreatedAtUtc >= p.ReceivedAtUtc)
                .Min(v => (DateTime?)v.CreatedAtUtc)), ct);

    /// <summary>Evaluated proposals without their stored evaluation moment.</summary>
    internal static IQueryable<Proposal> Unevaluated(AppDbContext db) => db.Proposals.Where(p => p.EvaluatedAtUtc == null && p.Outcome != null);

    /// <summary>The moment of the first evaluation result (Art. 9(2)) recorded for the proposal.</summary>
    internal static Task<int> FillEvaluationMomentsAsync(AppDbContext db, CancellationToken ct) =>
        Unevaluated(db).ExecuteUpdateAsync(s => s.SetProperty(p => p.EvaluatedAtUtc, p =>
            db.ProposalDecisions.Where(d => d.ProposalId == p.Id && d.Kind == DecisionKind.EvaluationResult).Min(d => (DateTime?)d.CreatedAtUtc)), ct);

    /// <summary>The moments still without their Vietnam date.</summary>
    internal static IQueryable<DateTime> Undated(AppDbContext db) =>
        db.Proposals.AsNoTracking().Where(p => p.DecidedAtUtc != null && p.DecidedOn == null).Select(p => p.DecidedAtUtc!.Value);

    /// <summary>The Vietnam date (UTC+7 all year) <paramref name="day"/> on every moment within that day's UTC range.</summary>
    internal static Task<int> FillDateAsync(AppDbContext db, DateOnly day, CancellationToken ct)
    {
        var from = day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc).AddHours(-7);
        var to = from.AddDays(1);
        return db.Proposals.Where(p => p.DecidedOn == null && p.DecidedAtUtc >= from && p.DecidedAtUtc < to)
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.DecidedOn, day), ct);
    }

    private static DateOnly VietnamDate(DateTime utc) => DateOnly.FromDateTime(utc.AddHours(7));
}
