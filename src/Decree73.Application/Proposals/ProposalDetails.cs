using Decree73.Application.Abstractions;
using Decree73.Domain.Proposals;
using Microsoft.EntityFrameworkCore;

namespace Decree73.Application.Proposals;

/// <summary>A decision on the proposal, as the details page lists it.</summary>
public sealed record DecisionRow(int Id, DecisionKind Kind, string? Reason, string? DocumentNumber, DateOnly? SignedOn);

/// <summary>A member's entry in a meeting's minutes.</summary>
public sealed record VoteRow(int Id, VoteStage Stage, int OfficerId, bool InFavour, bool Absent, DateOnly? MeetingOn)
{
    public VoteChoice Choice => Absent ? VoteChoice.Absent : InFavour ? VoteChoice.For : VoteChoice.Against;
}

/// <summary>A member's own position on the pending vote, given before the meeting.</summary>
public sealed record PositionRow(int OfficerId, VoteStage Stage, bool InFavour, string? Note, DateTime RecordedAtUtc);

/// <summary>An opinion request and its answer.</summary>
public sealed record OpinionRow(
    int Id, OpinionKind Kind, VoteStage Stage, string Addressee, DateTime RequestedAtUtc, DateOnly DueOn, string? Response, DateTime? RespondedAtUtc)
{
    public bool IsAnswered => Response is not null;

    /// <summary>Unanswered and past its due date (the due day itself is still on time), as <see cref="OpinionRequest.IsOverdue"/>.</summary>
    public bool IsOverdue(DateOnly today) => !IsAnswered && today > DueOn;
}

/// <summary>A milestone of the plan.</summary>
public sealed record MilestoneRow(int Id, string Title, DateOnly DueOn, DateOnly? DoneOn);

/// <summary>A progress report.</summary>
public sealed record ProgressRow(int Id, int Percent, string? Text, int? MilestoneId, int ReportedByOfficerId, DateTime ReportedAtUtc);

/// <summary>An officer assigned to carry the proposal out.</summary>
public sealed record ImplementerRow(int OfficerId);

/// <summary>
/// The proposal as the details page and its section pages show it (issue 11): immutable, built by
/// <see cref="ProposalDetailsQuery"/> from the proposal's row and narrow projections of its records — never the tracked
/// entity. What the views would otherwise compute from the entity (the pending vote, the percentage reached, whether it
/// may be showcased, why it was returned) is computed here, by the domain's own rules.
/// </summary>
public sealed record ProposalDetails(
    int Id,
    int Version,
    string Title,
    ProposalState State,
    int ProposerId,
    int DecidingUnitId,
    string? ReceiptNumber,
    DateTime? ReceivedAtUtc,
    int? ResponsibleOfficerId,
    DateTime? StepSinceUtc,
    DateOnly? StepDueOn,
    DateOnly? StartOn,
    DateOnly? EndOn,
    ProposalPlan Plan,
    bool ApprovedByOverride,
    bool PartyOpinionReceived,
    EvaluationOutcome? Outcome,
    EvaluationFindings? Findings,
    ConditionFindings? Conditions,
    ImplementationResources? Resources,
    ResultNotice? ResultNotice,
    DateOnly? ResultNoticeDueOn,
    string? CompletionReport,
    DateTime? CompletionReportedAtUtc,
    int? CompletionReportedByOfficerId,
    VoteStage? PendingVote,
    bool MayBeShowcased,
    IReadOnlyList<DecisionRow> Decisions,
    IReadOnlyList<VoteRow> Votes,
    IReadOnlyList<PositionRow> VotePositions,
    IReadOnlyList<OpinionRow> OpinionRequests,
    IReadOnlyList<MilestoneRow> Milestones,
    IReadOnlyList<ProgressRow> ProgressUpdates,
    IReadOnlyList<ImplementerRow> AssignedImplementers)
{
    /// <summary>The percentage of the latest progress report (0 before any), as <see cref="Proposal.CurrentPercent"/>.</summary>
    public int CurrentPercent =>
        ProgressUpdates.OrderBy(u => u.ReportedAtUtc).ThenBy(u => u.Id).LastOrDefault()?.Percent ?? 0;

    /// <summary>The reason of the latest return for revision while the proposal is a draft again; null otherwise.</summary>
    public string? ReturnReason =>
        State != ProposalState.Draft
            ? null
            : Decisions.Where(d => d.Kind == DecisionKind.ReturnForRevision).OrderBy(d => d.Id).LastOrDefault()?.Reason;

    /// <summary>The officers the page names: the proposer, the step's holder, voters, implementers, reporters.</summary>
    public IEnumerable<int> NamedOfficers =>
        new[] { ProposerId }
            .Concat(ResponsibleOfficerId is { } responsible ? [responsible] : [])
            .Concat(Votes.Select(v => v.OfficerId))
            .Concat(ProgressOfficers);

    /// <summary>The officers the progress section names: implementers, progress reporters, the completion's reporter.</summary>
    public IEnumerable<int> ProgressOfficers =>
        AssignedImplementers.Select(i => i.OfficerId).Concat(ProgressUpdates.Select(u => u.ReportedByOfficerId))
            .Concat(CompletionReportedByOfficerId is { } by ? [by] : []);
}

/// <summary>
/// Builds <see cref="ProposalDetails"/> from the proposal's row (read without its records, as the access rules need
/// it) and one narrow no-tracking projection per kind of record; a kind the proposal cannot have yet is not queried
/// (no positions without a pending vote, no implementers or progress before the decision to implement).
/// </summary>
public sealed class ProposalDetailsQuery(IAppDbContext db)
{
    /// <summary>The proposal's row alone, not tracked, without its records: what the access rules decide on.</summary>
    public Task<Proposal?> RowAsync(int id, CancellationToken ct = default) =>
        db.Proposals.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, ct);

    /// <summary>The read model of <paramref name="row"/>; call only once its reader was found allowed to read it.</summary>
    public async Task<ProposalDetails> BuildAsync(Proposal row, CancellationToken ct = default)
    {
        var id = row.Id;
        var decided = row.State is not (ProposalState.Draft or ProposalState.Submitted or ProposalState.OpinionsRequested);
        var started = decided && row.State is not (ProposalState.Rejected or ProposalState.Escalated or ProposalState.NotPassed);
        var decisions = await db.ProposalDecisions.AsNoTracking().Where(d => d.ProposalId == id).OrderBy(d => d.Id)
                .Select(d => new DecisionRow(d.Id, d.Kind, d.Reason, d.DocumentNumber, d.SignedOn)).ToListAsync(ct);
        var votes = await db.ProposalVotes.AsNoTracking().Where(v => v.ProposalId == id).OrderBy(v => v.Id)
            .Select(v => new VoteRow(v.Id, v.Stage, v.OfficerId, v.InFavour, v.Absent, v.MeetingOn)).ToListAsync(ct);
        var positions = row.PendingVote is { } pending
            ? await db.VotePositions.AsNoTracking().Where(v => v.ProposalId == id && v.Stage == pending)
                .Select(v => new PositionRow(v.OfficerId, v.Stage, v.InFavour, v.Note, v.RecordedAtUtc)).ToListAsync(ct)
            : [];
        var opinions = await db.OpinionRequests.AsNoTracking().Where(r => r.ProposalId == id).OrderBy(r => r.Id)
                .Select(r => new OpinionRow(r.Id, r.Kind, r.Stage, r.Addressee, r.RequestedAtUtc, r.DueOn, r.Response, r.RespondedAtUtc))
                .ToListAsync(ct);
        var milestones = await db.ProposalMilestones.AsNoTracking().Where(m => m.ProposalId == id).OrderBy(m => m.Id)
            .Select(m => new MilestoneRow(m.Id, m.Title, m.DueOn, m.DoneOn)).ToListAsync(ct);
        var progress = started
            ? await db.ProgressUpdates.AsNoTracking().Where(u => u.ProposalId == id).OrderBy(u => u.Id)
                .Select(u => new ProgressRow(u.Id, u.Percent, u.Text, u.MilestoneId, u.ReportedByOfficerId, u.ReportedAtUtc)).ToListAsync(ct)
            : [];
        var implementers = decided
            ? await db.ProposalImplementers.AsNoTracking().Where(i => i.ProposalId == id).OrderBy(i => i.Id)
                .Select(i => new ImplementerRow(i.OfficerId)).ToListAsync(ct)
            : [];
        return new ProposalDetails(
            row.Id, row.Version, row.Title, row.State, row.ProposerId, row.DecidingUnitId, row.ReceiptNumber, row.ReceivedAtUtc,
            row.ResponsibleOfficerId, row.StepSinceUtc, row.StepDueOn, row.StartOn, row.EndOn, row.Plan,
            row.ApprovedByOverride, row.PartyOpinionReceived, row.Outcome, row.Findings, row.Conditions, row.Resources,
            row.ResultNotice, row.ResultNoticeDueOn, row.CompletionReport, row.CompletionReportedAtUtc, row.CompletionReportedByOfficerId,
            row.PendingVote, ShowcaseEntry.CanPublish(row).IsSuccess,
            decisions, votes, positions, opinions, milestones, progress, implementers);
    }
}
