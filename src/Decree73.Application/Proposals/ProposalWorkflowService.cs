using Decree73.Application.Abstractions;
using Decree73.Application.Access;
using Decree73.Application.Common;
using Decree73.Domain.Access;
using Decree73.Domain.Common;
using Decree73.Domain.Proposals;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Decree73.Application.Proposals;

/// <summary>A leadership member of the deciding agency, for the vote form.</summary>
public sealed record LeadershipMember(int OfficerId, string FullName, bool IsHead);

/// <summary>
/// The steps after submission (domain.md §5 rows 2–11). Each call loads the proposal, works out who the signed-in
/// person is to it, lets the entity apply the transition (which refuses with a typed error), and saves with the
/// version the user's page was built from.
/// </summary>
public sealed class ProposalWorkflowService(
    IAppDbContext db,
    ProposalAccess proposalAccess,
    UserAccess access,
    ImplementerQueries implementerQueries,
    IOptions<ProposalOptions> options,
    ProposalSteps steps,
    TimeProvider time,
    ILogger<ProposalWorkflowService> logger)
{
    /// <summary>Who the signed-in person is to this proposal; null when they are not an officer.</summary>
    public async Task<ProposalActor?> ActorAsync(Proposal proposal, CancellationToken ct = default)
    {
        if (await proposalAccess.CurrentOfficerIdAsync(ct) is not { } officerId)
        {
            return null;
        }

        var isHead = (await access.GrantsAsync(ct)).Any(g => g.Role == AppRole.UnitHead && g.UnitId == proposal.DecidingUnitId);
        var isImplementer = await db.ProposalImplementers.AnyAsync(i => i.ProposalId == proposal.Id && i.OfficerId == officerId, ct);
        return new ProposalActor(officerId, IsDecidingHead: isHead, IsImplementer: isImplementer);
    }

    /// <summary>The officers who vote in the deciding agency: its head and its leadership members.</summary>
    public async Task<IReadOnlyList<LeadershipMember>> LeadershipAsync(Proposal proposal, CancellationToken ct = default)
    {
        var rows = await db.RoleGrants.AsNoTracking()
            .Where(g => g.UnitId == proposal.DecidingUnitId && (g.Role == AppRole.UnitHead || g.Role == AppRole.LeadershipMember))
            .Join(db.Officers, g => g.UserId, o => o.UserId, (g, o) => new { o.Id, o.FullName, g.Role, o.SortName })
            .ToListAsync(ct);
        return rows.GroupBy(r => r.Id)
            .Select(g => new LeadershipMember(g.Key, g.First().FullName, g.Any(r => r.Role == AppRole.UnitHead)))
            .OrderByDescending(m => m.IsHead).ThenBy(m => rows.First(r => r.Id == m.OfficerId).SortName)
            .ToList();
    }

    public Task<OperationResult> RecordPartyOpinionAsync(int id, int version, CancellationToken ct = default) =>
        ApplyAsync(id, version, (p, a) => p.RecordPartyOpinion(a), "party opinion recorded", ct);

    public Task<OperationResult> RequestOpinionsAsync(int id, int version, CancellationToken ct = default) =>
        ApplyAsync(id, version, (p, a) => p.RequestOpinions(a), "opinions requested", ct);

    public async Task<OperationResult> RecordVoteAsync(int id, int version, IReadOnlyCollection<Vote> votes, CancellationToken ct = default)
    {
        var members = await LeadershipIdsAsync(id, ct);
        return await ApplyAsync(id, version,
            (p, a) => OutsiderVotes(p, a, votes, members) ?? p.RecordVote(a, votes, options.Value.PartyOpinionRequiredBeforeVote), "vote recorded", ct);
    }

    public Task<OperationResult> OverrideAsync(int id, int version, string reason, DecisionDocument document, CancellationToken ct = default) =>
        ApplyAsync(id, version, (p, a) => p.Override(a, reason, document), "approved by the head's override", ct);

    public Task<OperationResult> RejectAsync(int id, int version, string reason, CancellationToken ct = default) =>
        ApplyAsync(id, version, (p, a) => p.Reject(a, reason), "rejected", ct);

    public Task<OperationResult> ReturnForRevisionAsync(int id, int version, string reason, CancellationToken ct = default) =>
        ApplyAsync(id, version, (p, a) => p.ReturnForRevision(a, reason), "returned for revision", ct);

    public Task<OperationResult> EscalateAsync(int id, int version, string reason, CancellationToken ct = default) =>
        ApplyAsync(id, version, (p, a) => p.Escalate(a, reason), "escalated", ct);

    /// <summary>The head's findings on the conditions of Art. 5(1) and Art. 4(2), before or at the decision.</summary>
    public Task<OperationResult> RecordConditionsAsync(int id, int version, ConditionFindings findings, CancellationToken ct = default) =>
        ApplyAsync(id, version, (p, a) => p.RecordConditions(a, findings, time.GetUtcNow().UtcDateTime), "conditions recorded", ct);

    /// <summary>The notice of the evaluation result (Art. 9), due within 3 working days of the evaluation.</summary>
    public Task<OperationResult> IssueResultNoticeAsync(int id, int version, DecisionDocument document, CancellationToken ct = default) =>
        ApplyAsync(id, version, (p, a) => p.IssueResultNotice(a, document, time.GetUtcNow().UtcDateTime), "result notice issued", ct);

    /// <summary>Issues the decision and assigns the implementers, who must work in the deciding agency's subtree.</summary>
    public async Task<OperationResult> IssueImplementationDecisionAsync(
        int id, int version, DecisionDocument document, IReadOnlyCollection<int>? implementerOfficerIds = null, CancellationToken ct = default,
        ImplementationResources? resources = null)
    {
        var ids = implementerOfficerIds ?? [];
        var candidates = new HashSet<int>();
        if (ids.Count > 0 && await db.Proposals.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, ct) is { } proposal)
        {
            candidates = (await implementerQueries.CandidatesAsync(proposal, ct)).Select(c => c.OfficerId).ToHashSet();
        }

        // The entity refuses a wrong state or actor first; only the head's own decision is checked for scope.
        Result Issue(Proposal p, ProposalActor a) =>
            a.IsDecidingHead && p.State == ProposalState.Approved && !ids.All(candidates.Contains)
                ? ProposalErrors.ImplementerOutOfScope
                : p.IssueImplementationDecision(a, document, ids, resources);

        return await ApplyAsync(id, version, Issue, "implementation decision issued", ct);
    }

    public Task<OperationResult> SuspendAsync(int id, int version, string reason, DecisionDocument document, CancellationToken ct = default) =>
        ApplyAsync(id, version, (p, a) => p.Suspend(a, reason, document), "suspended", ct);

    public Task<OperationResult> ResumeAsync(int id, int version, DecisionDocument document, CancellationToken ct = default) =>
        ApplyAsync(id, version, (p, a) => p.Resume(a, document), "resumed", ct);

    public Task<OperationResult> StopAsync(int id, int version, string reason, DecisionDocument document, CancellationToken ct = default) =>
        ApplyAsync(id, version, (p, a) => p.Stop(a, reason, document), "stopped", ct);

    public async Task<OperationResult> EvaluateAsync(
        int id, int version, IReadOnlyCollection<Vote> votes, EvaluationOutcome outcome, EvaluationFindings findings, DecisionDocument document, CancellationToken ct = default)
    {
        var members = await LeadershipIdsAsync(id, ct);
        return await ApplyAsync(id, version,
            (p, a) => OutsiderVotes(p, a, votes, members) ?? p.Evaluate(a, votes, outcome, findings, document), "evaluated", ct);
    }

    /// <summary>The officers who may vote on this proposal (empty when it does not exist; ApplyAsync then answers 404).</summary>
    private async Task<HashSet<int>> LeadershipIdsAsync(int id, CancellationToken ct) =>
        await db.Proposals.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, ct) is { } proposal
            ? (await LeadershipAsync(proposal, ct)).Select(m => m.OfficerId).ToHashSet()
            : [];

    /// <summary>
    /// A vote may only be cast by the deciding agency's leadership: a crafted post must not add votes in other
    /// officers' names. Checked for the deciding head only, so that anyone else still gets the entity's refusal.
    /// </summary>
    private static Result? OutsiderVotes(Proposal proposal, ProposalActor actor, IReadOnlyCollection<Vote> votes, HashSet<int> members) =>
        actor.IsDecidingHead && actor.OfficerId != proposal.ProposerId && votes.Any(v => !members.Contains(v.OfficerId))
            ? (Result?)Result.Failure(ProposalErrors.VoterNotInLeadership)
            : null;

    public Task<OperationResult> CloseAsync(int id, int version, CancellationToken ct = default) =>
        ApplyAsync(id, version, (p, a) => p.Close(a), "closed", ct);

    /// <summary>
    /// One step on a proposal, for this service and for the opinion and progress services: load it with its children,
    /// 404 when it may not be read, work out the actor, refuse a stale version, let the entity decide, name who holds
    /// the next step, save.
    /// </summary>
    public async Task<OperationResult> ApplyAsync(
        int id, int expectedVersion, Func<Proposal, ProposalActor, Result> transition, string what, CancellationToken ct)
    {
        var proposal = await db.Proposals
            .Include(p => p.Decisions).Include(p => p.Votes)
            .Include(p => p.OpinionRequests).Include(p => p.Milestones).Include(p => p.ProgressUpdates).Include(p => p.AssignedImplementers)
            .AsSplitQuery()
            .FirstOrDefaultAsync(p => p.Id == id, ct);
        if (proposal is null || !await proposalAccess.CanReadAsync(proposal, ct))
        {
            return OperationResult.NotFound();
        }

        if (await ActorAsync(proposal, ct) is not { } actor)
        {
            return OperationResult.Forbidden();
        }

        if (proposal.Version != expectedVersion)
        {
            return OperationResult.Conflict();
        }

        var result = transition(proposal, actor);
        if (!result.IsSuccess)
        {
            return result.Error!.ToResult();
        }

        await steps.AssignAsync(proposal, ct);
        // A step that only adds a child row (an opinion, a progress update) changes no column of the proposal; mark it
        // modified anyway so that its version is bumped and checked: two people cannot act from the same stale page.
        db.Entry(proposal).Property(p => p.Version).IsModified = true;
        var saved = await db.SaveVersionedAsync(proposal, expectedVersion, ct);
        if (saved.Succeeded)
        {
            logger.LogInformation("Proposal {ProposalId} {Step} by officer {OfficerId}; now {State}", id, what, actor.OfficerId, proposal.State);
        }

        return saved;
    }
}
