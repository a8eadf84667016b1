using Decree73.Application.Abstractions;
using Decree73.Application.Common;
using Decree73.Application.Proposals;
using Decree73.Domain.Encouragement;
using Decree73.Domain.Organisation;
using Decree73.Domain.Proposals;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Decree73.Application.Compliance;

/// <summary>
/// The red flags. Each is a count and a bounded list of examples. Flags that are plain conditions are counted by
/// the database. Flags that need working days (which the database cannot count: holidays are data) read one narrow
/// row per candidate as a stream, keep a count and the first few ids, and never hold the proposals in memory.
/// </summary>
public sealed partial class FlagQueries(IAppDbContext db, IOptions<ProposalOptions> settings)
{
    private ProposalOptions ProposalSettings => settings.Value;

    private static readonly UnitKind[] Agencies = [UnitKind.Commune, UnitKind.ProvincialDepartment, UnitKind.PublicServiceUnit];

    internal Task<ComplianceFlag> ComputeAsync(ComplianceContext c, string key, int limit, CancellationToken ct) => key switch
    {
        ComplianceFlags.VoteWithoutPartyOpinion => VoteWithoutPartyOpinionAsync(c, limit, ct),
        ComplianceFlags.LateDecision => LateDecisionAsync(c, limit, ct),
        ComplianceFlags.HeadOverride => CountedAsync(key, HeadOverride(c), limit, ct),
        ComplianceFlags.ApprovedByOtherAgency => CountedAsync(key, ApprovedByOtherAgency(c), limit, ct),
        ComplianceFlags.LateCompletionReport => LateCompletionReportAsync(c, limit, ct),
        ComplianceFlags.LateEvaluation => LateEvaluationAsync(c, limit, ct),
        ComplianceFlags.IrregularProtection => IrregularProtectionAsync(c, limit, ct),
        ComplianceFlags.EncouragementNotCompleted => StreamedAsync(key, EncouragementNotCompleted(c), limit, ct),
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

        return CountedAsync(ComplianceFlags.VoteWithoutPartyOpinion, VoteWithoutPartyOpinion(c), limit, ct);
    }

    /// <summary>
    /// The round's approval vote, cast in the period before the Party opinion was recorded: the facts stored with the
    /// step the vote led to (<see cref="Proposal.ApprovalVotedAtUtc"/>, <see cref="Proposal.VotedWithoutPartyOpinion"/>),
    /// one index range over the flagged rows only.
    /// </summary>
    internal static IQueryable<Proposal> VoteWithoutPartyOpinion(ComplianceContext c)
    {
        var (from, to) = (c.Period.FromUtc, c.Period.ToUtc);
        return c.Proposals.Where(p => p.VotedWithoutPartyOpinion && p.ApprovalVotedAtUtc >= from && p.ApprovalVotedAtUtc < to);
    }

    /// <summary>
    /// Approved or rejected, in the period, on a day after the decision deadline (DecisionDueOn); or still undecided
    /// past a deadline that fell in the period (Art. 8(1): 7 working days), as the late evaluation counts those still
    /// waiting. An escalated proposal nobody picks up is such a receipt at the competent unit (domain.md §5 row 5).
    /// </summary>
    private async Task<ComplianceFlag> LateDecisionAsync(ComplianceContext c, int limit, CancellationToken ct)
    {
        var late = new Tally(limit);
        await AddPendingAsync(late, PendingEach(c, UndecidedByState(c)), ct);
        // Decided and undecided proposals are different rows: the decided ones are counted, not streamed.
        var decidedLate = DecidedLate(c).Select(p => p.Id);
        var count = await decidedLate.CountAsync(ct);
        late.AddCounted(count, count == 0 || late.Room == 0 ? [] : await NewestIds(decidedLate, late.Room).ToListAsync(ct));
        return await FromTallyAsync(ComplianceFlags.LateDecision, late, ct);
    }

    internal static IQueryable<Proposal> Undecided(ComplianceContext c) =>
        c.Proposals.Where(p => p.State == ProposalState.Submitted || p.State == ProposalState.OpinionsRequested || p.State == ProposalState.NotPassed);

    /// <summary><see cref="Undecided"/> as one query per state (see <see cref="PendingEach"/>).</summary>
    internal static IQueryable<Proposal>[] UndecidedByState(ComplianceContext c) =>
    [
        c.Proposals.Where(p => p.State == ProposalState.Submitted),
        c.Proposals.Where(p => p.State == ProposalState.OpinionsRequested),
        c.Proposals.Where(p => p.State == ProposalState.NotPassed),
    ];

    /// <summary>Decided in the period on a Vietnam date after the decision deadline: the stored facts, one index range.</summary>
    internal static IQueryable<Proposal> DecidedLate(ComplianceContext c) =>
        DecisionTimes.DecidedBetween(c.Proposals, c.Period.FromUtc, c.Period.ToUtc).Where(p => p.DecidedOn > p.DecisionDueOn);

    /// <summary>
    /// Approved in the period by the head's override of a failed vote: the override is the decision, so its moment is
    /// the stored <see cref="Proposal.DecidedAtUtc"/> (set once, in the same save) and the flag one range of
    /// IX_Proposals_Period_Decided, which carries <see cref="Proposal.ApprovedByOverride"/> (as the report's figure).
    /// </summary>
    internal static IQueryable<Proposal> HeadOverride(ComplianceContext c) =>
        DecisionTimes.DecidedBetween(c.Proposals, c.Period.FromUtc, c.Period.ToUtc).Where(p => p.ApprovedByOverride);

    /// <summary>
    /// The override or the implementation decision was taken by an officer whose unit is not the routed agency: the
    /// moment stored with that step (<see cref="Proposal.ApprovedByOtherAgencyAtUtc"/>, the round's latest such decision),
    /// one index range over the flagged rows only (IX_Proposals_Period_ApprovedByOtherAgency).
    /// </summary>
    internal static IQueryable<Proposal> ApprovedByOtherAgency(ComplianceContext c)
    {
        var (from, to) = (c.Period.FromUtc, c.Period.ToUtc);
        return c.Proposals.Where(p => p.ApprovedByOtherAgencyAtUtc >= from && p.ApprovedByOtherAgencyAtUtc < to);
    }

    /// <summary>
    /// Reported in the period more than the allowed working days after the plan's end, or still not reported when that
    /// deadline passed within the period (the in-progress step's due date).
    /// </summary>
    private async Task<ComplianceFlag> LateCompletionReportAsync(ComplianceContext c, int limit, CancellationToken ct)
    {
        var late = new Tally(limit);
        await AddPendingAsync(late, Pending(InProgress(c), c), ct);
        var rules = ProposalSettings.Deadlines;
        var deadlines = new Dictionary<DateOnly, DateOnly>();
        await foreach (var row in Reported(c).AsAsyncEnumerable().WithCancellation(ct))
        {
            if (!deadlines.TryGetValue(row.EndOn, out var due))
            {
                deadlines[row.EndOn] = due = rules.CompletionReportDue(c.Calendar, row.EndOn);
            }

            late.AddIf(VietnamTime.DateOf(row.At) > due, row.Id);
        }

        return await FromTallyAsync(ComplianceFlags.LateCompletionReport, late, ct);
    }

    internal static IQueryable<Proposal> InProgress(ComplianceContext c) => c.Proposals.Where(p => p.State == ProposalState.InProgress);

    internal sealed record ReportedRow(int Id, DateOnly EndOn, DateTime At);

    internal static IQueryable<ReportedRow> Reported(ComplianceContext c)
    {
        var (from, to) = (c.Period.FromUtc, c.Period.ToUtc);
        return c.Proposals.Where(p => p.CompletionReportedAtUtc >= from && p.CompletionReportedAtUtc < to && p.EndOn != null)
            .OrderByDescending(p => p.Id).Select(p => new ReportedRow(p.Id, p.EndOn!.Value, p.CompletionReportedAtUtc!.Value));
    }

    /// <summary>
    /// Evaluated in the period more than the allowed working days after the completion report or the stop, or still
    /// not evaluated when that deadline passed within the period.
    /// </summary>
    private async Task<ComplianceFlag> LateEvaluationAsync(ComplianceContext c, int limit, CancellationToken ct)
    {
        var late = new Tally(limit);
        await AddPendingAsync(late, PendingEach(c, AwaitingEvaluationByState(c)), ct);
        // Evaluated and awaiting proposals are different rows: the evaluated ones are counted, not streamed.
        var evaluatedLate = EvaluatedLate(c).Select(p => p.Id);
        var count = await evaluatedLate.CountAsync(ct);
        late.AddCounted(count, count == 0 || late.Room == 0 ? [] : await NewestIds(evaluatedLate, late.Room).ToListAsync(ct));
        return await FromTallyAsync(ComplianceFlags.LateEvaluation, late, ct);
    }

    /// <summary>
    /// Evaluated in the period on a Vietnam date after the evaluation's deadline: the facts stored with the steps
    /// (<see cref="Proposal.EvaluatedOn"/>, <see cref="Proposal.EvaluationDueOn"/>), one index range (IX_Proposals_Period_Evaluated).
    /// </summary>
    internal static IQueryable<Proposal> EvaluatedLate(ComplianceContext c)
    {
        var (from, to) = (c.Period.FromUtc, c.Period.ToUtc);
        return c.Proposals.Where(p => p.EvaluatedAtUtc >= from && p.EvaluatedAtUtc < to && p.EvaluatedOn > p.EvaluationDueOn);
    }

    internal static IQueryable<Proposal> AwaitingEvaluation(ComplianceContext c) =>
        c.Proposals.Where(p => p.State == ProposalState.CompletionReported || p.State == ProposalState.Stopped);

    /// <summary><see cref="AwaitingEvaluation"/> as one query per state (see <see cref="PendingEach"/>).</summary>
    internal static IQueryable<Proposal>[] AwaitingEvaluationByState(ComplianceContext c) =>
    [
        c.Proposals.Where(p => p.State == ProposalState.CompletionReported),
        c.Proposals.Where(p => p.State == ProposalState.Stopped),
    ];

    /// <summary>
    /// The result notice of Art. 9 signed after its deadline (<see cref="Proposal.ResultNoticeDueOn"/>, 3 working days
    /// from the evaluation), or still not issued when that deadline fell within the period and has passed
    /// (<see cref="ResultNotice.IsLate"/>).
    /// </summary>
    private Task<ComplianceFlag> LateResultNoticeAsync(ComplianceContext c, int limit, CancellationToken ct) =>
        StreamedAsync(ComplianceFlags.LateResultNotice, LateResultNotice(c), limit, ct);

    /// <summary>
    /// The ids, newest first, as two ranges joined with UNION ALL (a notice is either signed or not, so no id comes
    /// twice): signed in the period (IX_Proposals_ResultNotice_SignedOn) and due in the period (IX_Proposals_ResultNoticeDueOn).
    /// One condition with an OR of the two made PostgreSQL read every proposal with a deadline.
    /// </summary>
    internal static IQueryable<int> LateResultNotice(ComplianceContext c)
    {
        var (first, last, today) = (c.Period.FirstDay, c.Period.LastDay, c.Today);
        var signedLate = c.Proposals.Where(p => p.ResultNoticeDueOn != null && p.ResultNotice != null
            && p.ResultNotice.SignedOn >= first && p.ResultNotice.SignedOn <= last && p.ResultNotice.SignedOn > p.ResultNoticeDueOn);
        var notIssued = c.Proposals.Where(p => p.ResultNotice == null
            && p.ResultNoticeDueOn < today && p.ResultNoticeDueOn >= first && p.ResultNoticeDueOn <= last);
        return signedLate.Select(p => p.Id).Concat(notIssued.Select(p => p.Id)).OrderByDescending(id => id);
    }

    /// <summary>
    /// An encouragement measure decided in the period for a proposal not evaluated completed (Art. 10): read from the
    /// period's records (a few thousand a year in a province), each joined to its proposal by key; newest first, each
    /// proposal once. Asked the other way round, PostgreSQL read all the scope's proposals to match them.
    /// </summary>
    internal IQueryable<int> EncouragementNotCompleted(ComplianceContext c)
    {
        var (first, last) = (c.Period.FirstDay, c.Period.LastDay);
        return db.EncouragementRecords.Where(e => e.DecisionSignedOn >= first && e.DecisionSignedOn <= last)
            .Join(c.Proposals.Where(p => p.Outcome == null || p.Outcome != EvaluationOutcome.Completed), e => e.ProposalId, p => p.Id, (e, p) => p.Id)
            .Distinct().OrderByDescending(id => id);
    }

    /// <summary>Employing agencies (communes, provincial departments, public service units) that received no proposal in the period.</summary>
    private async Task<ComplianceFlag> UnitsWithoutProposalsAsync(ComplianceContext c, int limit, CancellationToken ct)
    {
        var units = UnitsWithoutProposals(c);
        var count = await units.CountAsync(ct);
        var examples = await UnitExamples(units, limit).ToListAsync(ct);
        return new ComplianceFlag(ComplianceFlags.UnitsWithoutProposals, count, examples);
    }

    internal IQueryable<OrganisationUnit> UnitsWithoutProposals(ComplianceContext c)
    {
        var (from, to, path) = (c.Period.FromUtc, c.Period.ToUtc, c.Scope.Path);
        return db.Units.AsNoTracking().Where(u => u.Path.StartsWith(path) && Agencies.Contains(u.Kind)
            && !db.Proposals.Any(p => p.DecidingUnitId == u.Id && p.State != ProposalState.Draft && p.ReceivedAtUtc >= from && p.ReceivedAtUtc < to));
    }

    internal static IQueryable<FlagExample> UnitExamples(IQueryable<OrganisationUnit> units, int limit) =>
        units.OrderBy(u => u.Path).Take(limit).Select(u => new FlagExample(null, u.Name, null, u.Name));

    /// <summary>
    /// Open steps whose deadline fell within the period and has passed (<see cref="Pending"/>, <see cref="PendingEach"/>),
    /// added first to the tally: counted by the database, and only the newest few returned. Both read the covering index
    /// of the open steps; streaming every pending id to count it here cost 35–67 ms a flag at 100,000 proposals.
    /// </summary>
    private static async Task AddPendingAsync(Tally tally, IQueryable<int> pendingNewestFirst, CancellationToken ct)
    {
        var count = await pendingNewestFirst.CountAsync(ct);
        tally.AddCounted(count, count == 0 || tally.Room == 0 ? [] : await pendingNewestFirst.Take(tally.Room).ToListAsync(ct));
    }

    /// <summary>Of <paramref name="query"/>, the ids whose open step's deadline fell within the period and has passed, newest first.</summary>
    internal static IQueryable<int> Pending(IQueryable<Proposal> query, ComplianceContext c) =>
        PendingIds(query, c).OrderByDescending(id => id);

    /// <summary>
    /// <see cref="Pending"/> over several states, each state its own query joined with UNION ALL (a proposal has one
    /// state, so no id comes twice), newest first. With one state per query the deadline range is read from the
    /// covering index of the open steps (deciding unit, deadline, holder, state); with a list of states SQLite took the
    /// deadline-only index and read every open step's row to test its state and unit.
    /// </summary>
    internal static IQueryable<int> PendingEach(ComplianceContext c, IQueryable<Proposal>[] byState) =>
        byState.Select(q => PendingIds(q, c)).Aggregate((a, b) => a.Concat(b)).OrderByDescending(id => id);

    private static IQueryable<int> PendingIds(IQueryable<Proposal> query, ComplianceContext c)
    {
        var (first, last, today) = (c.Period.FirstDay, c.Period.LastDay, c.Today);
        return query.Where(p => p.StepDueOn < today && p.StepDueOn >= first && p.StepDueOn <= last).Select(p => p.Id);
    }

    /// <summary>
    /// A plain condition that a covering index answers (the period indexes): the database counts the matches and
    /// returns only the newest few, instead of streaming every match to count it here.
    /// </summary>
    private async Task<ComplianceFlag> CountedAsync(string key, IQueryable<Proposal> query, int limit, CancellationToken ct)
    {
        var ids = query.Select(p => p.Id);
        var count = await ids.CountAsync(ct);
        var newest = count == 0 ? [] : await NewestIds(ids, limit).ToArrayAsync(ct);
        return new ComplianceFlag(key, count, newest.Length == 0 ? [] : await Examples(newest).ToListAsync(ct));
    }

    /// <summary>
    /// A condition that reads the rows it tests (a join, the notice's columns): one pass over the matching ids, newest
    /// first, gives the count and the first few (a COUNT then a TOP n would evaluate it twice).
    /// </summary>
    private async Task<ComplianceFlag> StreamedAsync(string key, IQueryable<int> newestFirst, int limit, CancellationToken ct)
    {
        var tally = new Tally(limit);
        await foreach (var id in newestFirst.AsAsyncEnumerable().WithCancellation(ct))
        {
            tally.AddIf(true, id);
        }

        return await FromTallyAsync(key, tally, ct);
    }

    internal static IQueryable<int> NewestIds(IQueryable<Proposal> query) => query.OrderByDescending(p => p.Id).Select(p => p.Id);

    /// <summary>The newest <paramref name="limit"/> of <paramref name="ids"/> (a flag's examples).</summary>
    internal static IQueryable<int> NewestIds(IQueryable<int> ids, int limit) => ids.OrderByDescending(id => id).Take(limit);

    private async Task<ComplianceFlag> FromTallyAsync(string key, Tally tally, CancellationToken ct)
    {
        var ids = tally.Examples.ToArray();
        var examples = ids.Length == 0 ? [] : await Examples(ids).ToListAsync(ct);
        return new ComplianceFlag(key, tally.Count, examples);
    }

    /// <summary>The proposals of <paramref name="ids"/>, newest first, as the flag's examples.</summary>
    internal IQueryable<FlagExample> Examples(int[] ids) =>
        db.Proposals.AsNoTracking().Where(p => ids.Contains(p.Id)).OrderByDescending(p => p.Id)
            .Select(p => new FlagExample(p.Id, p.Title, p.ReceiptNumber, db.Units.Where(u => u.Id == p.DecidingUnitId).Select(u => u.Name).First()));

    /// <summary>A count and the first <c>limit</c> distinct ids seen.</summary>
    private sealed class Tally(int limit)
    {
        private readonly List<int> examples = [];

        public int Count { get; private set; }
        public IReadOnlyList<int> Examples => examples;

        /// <summary>How many more examples fit.</summary>
        public int Room => limit - examples.Count;

        /// <summary>Adds <paramref name="count"/> matches counted by the database, none of them seen before, with their newest ids.</summary>
        public void AddCounted(int count, IEnumerable<int> newest)
        {
            Count += count;
            examples.AddRange(newest.Take(Room));
        }

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
