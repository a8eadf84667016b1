using Decree73.Domain.Audit;
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
/// </summary>
public sealed class DecisionFactsBackfill(AppDbContext db, ILogger<DecisionFactsBackfill> logger)
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

        if (!await Missing(db).AnyAsync(ct))
        {
            return 0;
        }

        var moments = await FillMomentsAsync(db, ct);
        foreach (var day in (await Undated(db).ToListAsync(ct)).Select(VietnamDate).Distinct())
        {
            await FillDateAsync(db, day, ct);
        }

        logger.LogInformation("Decision facts filled on {Count} proposal(s) decided before they were stored", moments);
        return moments;
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
