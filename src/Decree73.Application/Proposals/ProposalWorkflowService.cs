using Decree73.Application.Abstractions;
using Decree73.Application.Access;
using Decree73.Application.Calendar;
using Decree73.Application.Common;
using Decree73.Application.Notifications;
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
public sealed partial class ProposalWorkflowService(
    IAppDbContext db,
    ProposalAccess proposalAccess,
    UserAccess access,
    ImplementerQueries implementerQueries,
    IOptions<ProposalOptions> options,
    ProposalSteps steps,
    CalendarService calendar,
    AssignmentNotifier notifier,
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

        var grants = (await access.GrantsAsync(ct)).Where(g => g.UnitId == proposal.DecidingUnitId).ToList();
        var isHead = grants.Any(g => g.Role == AppRole.UnitHead);
        var isMember = grants.Any(g => g.Role is AppRole.UnitHead or AppRole.LeadershipMember);
        // The officer's unit (an override or implementation decision by another unit is a stored fact) with whether
        // they implement the proposal: one query.
        var officer = await db.Officers.AsNoTracking().Where(o => o.Id == officerId)
            .Select(o => new { o.UnitId, IsImplementer = db.ProposalImplementers.Any(i => i.ProposalId == proposal.Id && i.OfficerId == officerId) })
            .FirstOrDefaultAsync(ct);
        return new ProposalActor(officerId, IsDecidingHead: isHead, IsImplementer: officer?.IsImplementer == true, IsLeadershipMember: isMember,
            UnitId: officer?.UnitId);
    }

    internal sealed record LeadershipRow(int Id, string FullName, AppRole Role, string SortName);

    /// <summary>The head and leadership grants of a unit, with the officers who hold them.</summary>
    internal static IQueryable<LeadershipRow> Leadership(IAppDbContext db, int unitId) =>
        db.RoleGrants.AsNoTracking()
            .Where(g => g.UnitId == unitId && (g.Role == AppRole.UnitHead || g.Role == AppRole.LeadershipMember))
            .Join(db.Officers, g => g.UserId, o => o.UserId, (g, o) => new LeadershipRow(o.Id, o.FullName, g.Role, o.SortName));

    /// <summary>The officers who vote in the deciding agency: its head and its leadership members.</summary>
    public async Task<IReadOnlyList<LeadershipMember>> LeadershipAsync(Proposal proposal, CancellationToken ct = default)
    {
        var rows = await Leadership(db, proposal.DecidingUnitId).ToListAsync(ct);
        return rows.GroupBy(r => r.Id)
            .Select(g => new LeadershipMember(g.Key, g.First().FullName, g.Any(r => r.Role == AppRole.UnitHead)))
            .OrderByDescending(m => m.IsHead).ThenBy(m => rows.First(r => r.Id == m.OfficerId).SortName)
            .ToList();
    }

    public Task<OperationResult> RecordPartyOpinionAsync(int id, int version, CancellationToken ct = default) =>
        ApplyAsync(id, version, (p, a) => p.RecordPartyOpinion(a), "party opinion recorded", ct);

    public Task<OperationResult> RequestOpinionsAsync(int id, int version, CancellationToken ct = default) =>
        ApplyAsync(id, version, (p, a) => p.RequestOpinions(a), "opinions requested", ct);

    /// <summary>The eligible roster of the approval vote (Art. 8(1)): the leadership less a deputy who is the proposer.</summary>
    public async Task<IReadOnlyList<LeadershipMember>> RosterAsync(Proposal proposal, CancellationToken ct = default) =>
        (await LeadershipAsync(proposal, ct)).Where(m => m.OfficerId != proposal.ProposerId).ToList();

    public Task<OperationResult> OverrideAsync(int id, int version, string reason, DecisionDocument document, CancellationToken ct = default) =>
        ApplyAsync(id, version, (p, a) => p.Override(a, reason, document), "approved by the head's override", ct);

    public Task<OperationResult> RejectAsync(int id, int version, string reason, CancellationToken ct = default) =>
        ApplyAsync(id, version, (p, a) => p.Reject(a, reason), "rejected", ct);

    public Task<OperationResult> ReturnForRevisionAsync(int id, int version, string reason, CancellationToken ct = default) =>
        ApplyAsync(id, version, (p, a) => p.ReturnForRevision(a, reason), "returned for revision", ct);

    /// <summary>
    /// The units above the deciding agency a proposal may be escalated to, nearest first: the parent (the default) and
    /// its ancestors up to the root of the tree.
    /// </summary>
    public async Task<IReadOnlyList<ReferenceOption>> EscalationTargetsAsync(Proposal proposal, CancellationToken ct = default)
    {
        var path = await db.Units.AsNoTracking().Where(u => u.Id == proposal.DecidingUnitId).Select(u => u.Path).FirstOrDefaultAsync(ct);
        if (path is null)
        {
            return [];
        }

        var units = await db.Units.AsNoTracking().Where(u => u.Id != proposal.DecidingUnitId)
            .Select(u => new { u.Id, u.Name, u.Path }).ToListAsync(ct);
        return units.Where(u => path.StartsWith(u.Path, StringComparison.Ordinal))
            .OrderByDescending(u => u.Path.Length)
            .Select(u => new ReferenceOption(u.Id, u.Name)).ToList();
    }

    /// <summary>The receipt at the competent level of a proposal escalated from here, if any.</summary>
    public Task<Proposal?> EscalationReceiptAsync(int proposalId, CancellationToken ct = default) =>
        db.Proposals.AsNoTracking().FirstOrDefaultAsync(p => p.EscalatedFromProposalId == proposalId, ct);

    /// <summary>
    /// Escalation (Art. 4(2); domain.md §5 row 5): the proposal is beyond the agency's authority. It goes to
    /// <paramref name="toUnitId"/> (by default the parent unit), which receives it anew, in the same transaction: its
    /// own receipt number, the 7-working-day decision deadline of Art. 8(1), its head holding the step and notified.
    /// With <paramref name="mustChoose"/> (the page's form, where nothing is preselected), a proposal with more than one
    /// competent unit above it is refused until one of them is chosen.
    /// </summary>
    public async Task<OperationResult> EscalateAsync(
        int id, int version, string reason, int? toUnitId = null, CancellationToken ct = default, bool mustChoose = false)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var receivedOn = VietnamTime.DateOf(now);
        var due = options.Value.Deadlines.DecisionDue(await calendar.GetAsync(ct), receivedOn);
        int? target = null;
        var isAbove = false;
        Proposal? received = null;
        ReceiptCounter? counter = null;
        string? unitCode = null;

        // The competent units above the proposal just loaded, and the receiving unit's counter.
        async Task<OperationResult?> Targets(Proposal current, ProposalActor actor)
        {
            var targets = await EscalationTargetsAsync(current, ct);
            if (mustChoose && targets.Count > 1 && (toUnitId is not { } chosen || targets.All(t => t.Id != chosen)))
            {
                return ProposalErrors.EscalationTargetRequired.ToResult();
            }

            target = toUnitId ?? targets.FirstOrDefault()?.Id;
            isAbove = target is { } t && targets.Any(u => u.Id == t);
            if (isAbove)
            {
                unitCode = await db.Units.Where(u => u.Id == target).Select(u => u.Code).SingleAsync(ct);
                counter = await db.ReceiptCounters.FirstOrDefaultAsync(c => c.UnitId == target && c.Year == receivedOn.Year, ct);
            }

            return null;
        }

        Result Escalate(Proposal p, ProposalActor a)
        {
            var escalated = p.Escalate(a, reason, target, isAbove);
            if (!escalated.IsSuccess)
            {
                return escalated;
            }

            if (counter is null)
            {
                counter = new ReceiptCounter(target!.Value, receivedOn.Year);
                db.ReceiptCounters.Add(counter);
            }

            var (proposal, error) = Proposal.ReceiveEscalated(p, counter.Next(unitCode!), now, due);
            if (error is not null)
            {
                return error;
            }

            received = proposal!;
            db.Proposals.Add(received);
            return Result.Success();
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        OperationResult saved;
        try
        {
            saved = await ApplyAsync(id, version, Escalate, "escalated", ct, Targets, async () =>
            {
                if (received is not null)
                {
                    await steps.AssignAsync(received, ct);
                }
            });
        }
        catch (DbUpdateException ex)
        {
            // Two escalations at once into the same unit: the counter's version lets only one take the number.
            logger.LogWarning(ex, "Escalation of proposal {ProposalId} collided with another receipt", id);
            return OperationResult.Conflict();
        }

        if (!saved.Succeeded || received is null)
        {
            return saved;
        }

        // The receiving head is told, now that the receipt has an id.
        await notifier.OnAssignedAsync(received, null, ct);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        logger.LogInformation(
            "Proposal {ProposalId} escalated to unit {UnitId}, received there as proposal {ReceivedId} ({ReceiptNumber}), decision due {DueOn}",
            id, target, received.Id, received.ReceiptNumber, due);
        return saved;
    }

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

        // The officers the head may assign, from the proposal just loaded.
        async Task<OperationResult?> Candidates(Proposal proposal, ProposalActor actor)
        {
            if (ids.Count > 0)
            {
                candidates = (await implementerQueries.CandidatesAsync(proposal, ct)).Select(c => c.OfficerId).ToHashSet();
            }

            return null;
        }

        // The entity refuses a wrong state or actor first; only the head's own decision is checked for scope.
        Result Issue(Proposal p, ProposalActor a) =>
            a.IsDecidingHead && p.State == ProposalState.Approved && !ids.All(candidates.Contains)
                ? ProposalErrors.ImplementerOutOfScope
                : p.IssueImplementationDecision(a, document, ids, resources);

        return await ApplyAsync(id, version, Issue, "implementation decision issued", ct, Candidates);
    }

    public Task<OperationResult> SuspendAsync(int id, int version, string reason, DecisionDocument document, CancellationToken ct = default) =>
        ApplyAsync(id, version, (p, a) => p.Suspend(a, reason, document), "suspended", ct);

    public Task<OperationResult> ResumeAsync(int id, int version, DecisionDocument document, CancellationToken ct = default) =>
        ApplyAsync(id, version, (p, a) => p.Resume(a, document), "resumed", ct);

    public Task<OperationResult> StopAsync(int id, int version, string reason, DecisionDocument document, CancellationToken ct = default) =>
        ApplyAsync(id, version, (p, a) => p.Stop(a, reason, document), "stopped", ct);

    public Task<OperationResult> CloseAsync(int id, int version, CancellationToken ct = default) =>
        ApplyAsync(id, version, (p, a) => p.Close(a), "closed", ct);

    /// <summary>
    /// One step on a proposal, for this service and for the opinion and progress services: load it with its children
    /// (the one read of the proposal in the request), 404 when it may not be read, work out the actor, refuse a stale
    /// version, let the entity decide, name who holds the next step, save.
    /// </summary>
    public Task<OperationResult> ApplyAsync(
        int id, int expectedVersion, Func<Proposal, ProposalActor, Result> transition, string what, CancellationToken ct) =>
        ApplyAsync(id, expectedVersion, transition, what, ct, null, null);

    /// <param name="gate">
    /// What the step needs from the loaded proposal before the version is checked (the roster, the competent units), and
    /// its own refusal (Forbidden, or errors next to the fields), or null to go on.
    /// </param>
    /// <param name="alsoBeforeSave">Runs after the transition, before the save.</param>
    private async Task<OperationResult> ApplyAsync(
        int id, int expectedVersion, Func<Proposal, ProposalActor, Result> transition, string what, CancellationToken ct,
        Func<Proposal, ProposalActor, Task<OperationResult?>>? gate, Func<Task>? alsoBeforeSave = null)
    {
        var proposal = await db.Proposals
            .Include(p => p.Decisions).Include(p => p.Votes).Include(p => p.VotePositions)
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

        if (gate is not null && await gate(proposal, actor) is { } refused)
        {
            return refused;
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
        if (alsoBeforeSave is not null)
        {
            await alsoBeforeSave();
        }

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
