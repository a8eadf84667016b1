using Decree73.Application.Abstractions;
using Decree73.Application.Common;
using Decree73.Application.Proposals;
using Decree73.Domain.Audit;
using Decree73.Domain.Encouragement;
using Decree73.Domain.Organisation;
using Decree73.Domain.Proposals;
using Decree73.Domain.Protection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Decree73.Application.Compliance;

/// <summary>
/// The red flags. Each is a count and a bounded list of examples. Flags that are plain conditions are counted by
/// the database. Flags that need working days (which the database cannot count: holidays are data) read one narrow
/// row per candidate as a stream, keep a count and the first few ids, and never hold the proposals in memory.
/// </summary>
public sealed class FlagQueries(IAppDbContext db, IOptions<ProposalOptions> settings, DecisionTimes decisions)
{
    private ProposalOptions ProposalSettings => settings.Value;

    private static readonly UnitKind[] Agencies = [UnitKind.Commune, UnitKind.ProvincialDepartment, UnitKind.PublicServiceUnit];

    /// <summary>The states in which <see cref="Proposal.PartyOpinionReceived"/> still refers to the approval round.</summary>
    private static readonly ProposalState[] BeforeEvaluation =
    [
        ProposalState.Submitted, ProposalState.OpinionsRequested, ProposalState.NotPassed, ProposalState.Approved,
        ProposalState.Rejected, ProposalState.Escalated, ProposalState.InProgress, ProposalState.Suspended,
    ];

    internal Task<ComplianceFlag> ComputeAsync(ComplianceContext c, string key, int limit, CancellationToken ct) => key switch
    {
        ComplianceFlags.VoteWithoutPartyOpinion => VoteWithoutPartyOpinionAsync(c, limit, ct),
        ComplianceFlags.LateDecision => LateDecisionAsync(c, limit, ct),
        ComplianceFlags.HeadOverride => CountedAsync(key, HeadOverride(c), limit, ct),
        ComplianceFlags.ApprovedByOtherAgency => CountedAsync(key, ApprovedByOtherAgency(c), limit, ct),
        ComplianceFlags.LateCompletionReport => LateCompletionReportAsync(c, limit, ct),
        ComplianceFlags.LateEvaluation => LateEvaluationAsync(c, limit, ct),
        ComplianceFlags.IrregularProtection => IrregularProtectionAsync(c, limit, ct),
        ComplianceFlags.EncouragementNotCompleted => CountedAsync(key, EncouragementNotCompleted(c), limit, ct),
        ComplianceFlags.UnitsWithoutProposals => UnitsWithoutProposalsAsync(c, limit, ct),
        ComplianceFlags.LateResultNotice => LateResultNoticeAsync(c, limit, ct),
        _ => throw new ArgumentOutOfRangeException(nameof(key), key, null),
    };

    /// <summary>
    /// An approval vote of the current round (cast after the latest receipt) with no Party opinion recorded between
    /// that receipt and the vote. Only when the Party opinion is required (Proposals:PartyOpinionRequiredBeforeVote).
    /// </summary>
    private Task<ComplianceFlag> VoteWithoutPartyOpinionAsync(ComplianceContext c, int limit, CancellationToken ct)
    {
        if (!ProposalSettings.PartyOpinionRequiredBeforeVote)
        {
            return Task.FromResult(new ComplianceFlag(ComplianceFlags.VoteWithoutPartyOpinion, 0, []));
        }

        var (from, to) = (c.Period.FromUtc, c.Period.ToUtc);
        // Until the completion report or the stop, PartyOpinionReceived still holds the approval round's answer: a
        // proposal showing it received one had it before its vote (the vote needs it from then on). Only the others,
        // and those whose flag was reset for the evaluation, need their audit trail read.
        var query = c.Proposals.Where(p => p.ReceivedAtUtc != null
            && !(p.PartyOpinionReceived && BeforeEvaluation.Contains(p.State))
            && db.ProposalVotes.Any(v =>
                v.ProposalId == p.Id && v.Stage == VoteStage.Approval && v.CreatedAtUtc >= p.ReceivedAtUtc
                && v.CreatedAtUtc >= from && v.CreatedAtUtc < to
                && !db.AuditEntries.Any(a => a.ProposalId == p.Id && a.Action == AuditActions.PartyOpinionRecorded
                    && a.OccurredAtUtc >= p.ReceivedAtUtc && a.OccurredAtUtc <= v.CreatedAtUtc)));
        return CountedAsync(ComplianceFlags.VoteWithoutPartyOpinion, query, limit, ct);
    }

    /// <summary>
    /// Approved or rejected, in the period, on a day after the decision deadline (DecisionDueOn); or still undecided
    /// past a deadline that fell in the period (Art. 8(1): 7 working days), as the late evaluation counts those still
    /// waiting. An escalated proposal nobody picks up is such a receipt at the competent unit (domain.md §5 row 5).
    /// </summary>
    private async Task<ComplianceFlag> LateDecisionAsync(ComplianceContext c, int limit, CancellationToken ct)
    {
        var (from, to) = (c.Period.FromUtc, c.Period.ToUtc);
        var late = new Tally(limit);
        await AddPendingAsync(late, c.Proposals.Where(p =>
            p.State == ProposalState.Submitted || p.State == ProposalState.OpinionsRequested || p.State == ProposalState.NotPassed), c, ct);
        await foreach (var row in decisions.Rows(c.Proposals).Where(r => r.DecidedAtUtc >= from && r.DecidedAtUtc < to)
                           .OrderByDescending(r => r.Id).AsAsyncEnumerable().WithCancellation(ct))
        {
            late.AddIf(VietnamTime.DateOf(row.DecidedAtUtc!.Value) > row.DueOn, row.Id);
        }

        return await FromTallyAsync(ComplianceFlags.LateDecision, late, ct);
    }

    private IQueryable<Proposal> HeadOverride(ComplianceContext c)
    {
        var (from, to) = (c.Period.FromUtc, c.Period.ToUtc);
        return c.Proposals.Where(p => p.ApprovedByOverride && db.ProposalDecisions.Any(d =>
            d.ProposalId == p.Id && d.Kind == DecisionKind.Override && d.CreatedAtUtc >= from && d.CreatedAtUtc < to));
    }

    /// <summary>The override or the implementation decision was taken by an officer whose unit is not the routed agency.</summary>
    private IQueryable<Proposal> ApprovedByOtherAgency(ComplianceContext c)
    {
        var (from, to) = (c.Period.FromUtc, c.Period.ToUtc);
        return c.Proposals.Where(p => db.ProposalDecisions.Any(d =>
            d.ProposalId == p.Id && (d.Kind == DecisionKind.Override || d.Kind == DecisionKind.Implementation)
            && d.CreatedAtUtc >= from && d.CreatedAtUtc < to
            && db.Officers.Any(o => o.Id == d.DecidedByOfficerId && o.UnitId != p.DecidingUnitId)));
    }

    /// <summary>
    /// Reported in the period more than the allowed working days after the plan's end, or still not reported when that
    /// deadline passed within the period (the in-progress step's due date).
    /// </summary>
    private async Task<ComplianceFlag> LateCompletionReportAsync(ComplianceContext c, int limit, CancellationToken ct)
    {
        var (from, to) = (c.Period.FromUtc, c.Period.ToUtc);
        var late = new Tally(limit);
        await AddPendingAsync(late, c.Proposals.Where(p => p.State == ProposalState.InProgress), c, ct);
        var deadlines = new Dictionary<DateOnly, DateOnly>();
        var reported = c.Proposals.Where(p => p.CompletionReportedAtUtc >= from && p.CompletionReportedAtUtc < to && p.EndOn != null)
            .OrderByDescending(p => p.Id).Select(p => new { p.Id, EndOn = p.EndOn!.Value, At = p.CompletionReportedAtUtc!.Value });
        await foreach (var row in reported.AsAsyncEnumerable().WithCancellation(ct))
        {
            if (!deadlines.TryGetValue(row.EndOn, out var due))
            {
                deadlines[row.EndOn] = due = c.Calendar.AddWorkingDays(row.EndOn, ProposalSettings.CompletionReportWorkingDays);
            }

            late.AddIf(VietnamTime.DateOf(row.At) > due, row.Id);
        }

        return await FromTallyAsync(ComplianceFlags.LateCompletionReport, late, ct);
    }

    /// <summary>
    /// Evaluated in the period more than the allowed working days after the completion report or the stop, or still
    /// not evaluated when that deadline passed within the period.
    /// </summary>
    private async Task<ComplianceFlag> LateEvaluationAsync(ComplianceContext c, int limit, CancellationToken ct)
    {
        var (from, to) = (c.Period.FromUtc, c.Period.ToUtc);
        var late = new Tally(limit);
        await AddPendingAsync(late, c.Proposals.Where(p => p.State == ProposalState.CompletionReported || p.State == ProposalState.Stopped), c, ct);
        var evaluated = c.Proposals.Where(p => p.Outcome != null)
            .Select(p => new
            {
                p.Id,
                EvaluatedAt = db.ProposalDecisions.Where(d => d.ProposalId == p.Id && d.Kind == DecisionKind.EvaluationResult).Min(d => (DateTime?)d.CreatedAtUtc),
                Reported = p.CompletionReportedAtUtc,
                Stopped = db.ProposalDecisions.Where(d => d.ProposalId == p.Id && d.Kind == DecisionKind.Stop).Max(d => (DateTime?)d.CreatedAtUtc),
            })
            .Where(r => r.EvaluatedAt >= from && r.EvaluatedAt < to)
            .OrderByDescending(r => r.Id);
        await foreach (var row in evaluated.AsAsyncEnumerable().WithCancellation(ct))
        {
            if ((row.Reported ?? row.Stopped) is { } start)
            {
                var due = c.Calendar.AddWorkingDays(VietnamTime.DateOf(start), ProposalSettings.EvaluationWorkingDays);
                late.AddIf(VietnamTime.DateOf(row.EvaluatedAt!.Value) > due, row.Id);
            }
        }

        return await FromTallyAsync(ComplianceFlags.LateEvaluation, late, ct);
    }

    /// <summary>
    /// Protection decided in the period that rests on no evaluation result of that proposal, or whose type the
    /// evaluation does not allow (<see cref="ProtectionRules.Check"/>, the domain.md §7 table).
    /// </summary>
    private async Task<ComplianceFlag> IrregularProtectionAsync(ComplianceContext c, int limit, CancellationToken ct)
    {
        var (first, last) = (c.Period.FirstDay, c.Period.LastDay);
        var rows = c.Proposals
            .Join(db.ProtectionDecisions.Where(r => r.DecisionSignedOn >= first && r.DecisionSignedOn <= last), p => p.Id, r => r.ProposalId,
                (p, r) => new
                {
                    p.Id, r.Type, p.Outcome,
                    InLine = (bool?)p.Findings!.InLineWithPolicy, Pure = (bool?)p.Findings!.PureMotive,
                    Common = (bool?)p.Findings!.CommonInterest, Damage = (bool?)p.Findings!.DamageCaused,
                    HasEvaluation = db.ProposalDecisions.Any(d => d.Id == r.EvaluationDecisionId && d.ProposalId == p.Id && d.Kind == DecisionKind.EvaluationResult),
                })
            .OrderByDescending(r => r.Id);
        var flagged = new Tally(limit);
        int? previous = null;
        var previousFlagged = false;
        await foreach (var row in rows.AsAsyncEnumerable().WithCancellation(ct))
        {
            var findings = row.InLine is null ? null : new EvaluationFindings(row.InLine.Value, row.Pure!.Value, row.Common!.Value, row.Damage!.Value, null);
            var irregular = !row.HasEvaluation || !ProtectionRules.Check(row.Outcome, findings, row.Type).IsSuccess;
            // Rows come grouped by proposal (ordered by its id): count each proposal once.
            if (row.Id != previous)
            {
                previous = row.Id;
                previousFlagged = false;
            }

            if (irregular && !previousFlagged)
            {
                previousFlagged = true;
                flagged.AddIf(true, row.Id);
            }
        }

        return await FromTallyAsync(ComplianceFlags.IrregularProtection, flagged, ct);
    }

    /// <summary>
    /// The result notice of Art. 9 signed after its deadline (<see cref="Proposal.ResultNoticeDueOn"/>, 3 working days
    /// from the evaluation), or still not issued when that deadline fell within the period and has passed
    /// (<see cref="ResultNotice.IsLate"/>).
    /// </summary>
    private Task<ComplianceFlag> LateResultNoticeAsync(ComplianceContext c, int limit, CancellationToken ct)
    {
        var (first, last, today) = (c.Period.FirstDay, c.Period.LastDay, c.Today);
        var query = c.Proposals.Where(p => p.ResultNoticeDueOn != null && (
            (p.ResultNotice != null && p.ResultNotice.SignedOn >= first && p.ResultNotice.SignedOn <= last && p.ResultNotice.SignedOn > p.ResultNoticeDueOn)
            || (p.ResultNotice == null && p.ResultNoticeDueOn < today && p.ResultNoticeDueOn >= first && p.ResultNoticeDueOn <= last)));
        return CountedAsync(ComplianceFlags.LateResultNotice, query, limit, ct);
    }

    /// <summary>An encouragement measure decided in the period for a proposal not evaluated completed (Art. 10).</summary>
    private IQueryable<Proposal> EncouragementNotCompleted(ComplianceContext c)
    {
        var (first, last) = (c.Period.FirstDay, c.Period.LastDay);
        return c.Proposals.Where(p => (p.Outcome == null || p.Outcome != EvaluationOutcome.Completed)
            && db.EncouragementRecords.Any(e => e.ProposalId == p.Id && e.DecisionSignedOn >= first && e.DecisionSignedOn <= last));
    }

    /// <summary>Employing agencies (communes, provincial departments, public service units) that received no proposal in the period.</summary>
    private async Task<ComplianceFlag> UnitsWithoutProposalsAsync(ComplianceContext c, int limit, CancellationToken ct)
    {
        var (from, to, path) = (c.Period.FromUtc, c.Period.ToUtc, c.Scope.Path);
        var units = db.Units.AsNoTracking().Where(u => u.Path.StartsWith(path) && Agencies.Contains(u.Kind)
            && !db.Proposals.Any(p => p.DecidingUnitId == u.Id && p.State != ProposalState.Draft && p.ReceivedAtUtc >= from && p.ReceivedAtUtc < to));
        var count = await units.CountAsync(ct);
        var examples = await units.OrderBy(u => u.Path).Take(limit).Select(u => new FlagExample(null, u.Name, null, u.Name)).ToListAsync(ct);
        return new ComplianceFlag(ComplianceFlags.UnitsWithoutProposals, count, examples);
    }

    /// <summary>Open steps whose deadline fell within the period and has passed.</summary>
    private static async Task AddPendingAsync(Tally tally, IQueryable<Proposal> query, ComplianceContext c, CancellationToken ct)
    {
        var (first, last, today) = (c.Period.FirstDay, c.Period.LastDay, c.Today);
        var pending = query.Where(p => p.StepDueOn < today && p.StepDueOn >= first && p.StepDueOn <= last)
            .OrderByDescending(p => p.Id).Select(p => p.Id);
        await foreach (var id in pending.AsAsyncEnumerable().WithCancellation(ct))
        {
            tally.AddIf(true, id);
        }
    }

    /// <summary>
    /// One pass over the matching ids, newest first: the count and the first few in the same query (a COUNT then a
    /// TOP n would evaluate the condition over the subtree twice).
    /// </summary>
    private async Task<ComplianceFlag> CountedAsync(string key, IQueryable<Proposal> query, int limit, CancellationToken ct)
    {
        var tally = new Tally(limit);
        await foreach (var id in query.OrderByDescending(p => p.Id).Select(p => p.Id).AsAsyncEnumerable().WithCancellation(ct))
        {
            tally.AddIf(true, id);
        }

        return await FromTallyAsync(key, tally, ct);
    }

    private async Task<ComplianceFlag> FromTallyAsync(string key, Tally tally, CancellationToken ct)
    {
        var ids = tally.Examples.ToArray();
        var examples = ids.Length == 0 ? [] : await ExamplesAsync(db.Proposals.AsNoTracking().Where(p => ids.Contains(p.Id)).OrderByDescending(p => p.Id), ct);
        return new ComplianceFlag(key, tally.Count, examples);
    }

    private Task<List<FlagExample>> ExamplesAsync(IQueryable<Proposal> query, CancellationToken ct) =>
        query.Select(p => new FlagExample(p.Id, p.Title, p.ReceiptNumber, db.Units.Where(u => u.Id == p.DecidingUnitId).Select(u => u.Name).First()))
            .ToListAsync(ct);

    /// <summary>A count and the first <c>limit</c> distinct ids seen.</summary>
    private sealed class Tally(int limit)
    {
        private readonly List<int> examples = [];

        public int Count { get; private set; }
        public IReadOnlyList<int> Examples => examples;

        public void AddIf(bool condition, int id)
        {
            if (!condition || examples.Contains(id))
            {
                return;
            }

            Count++;
            if (examples.Count < limit)
            {
                examples.Add(id);
            }
        }
    }
}
