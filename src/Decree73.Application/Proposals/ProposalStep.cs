using Decree73.Application.Abstractions;
using Decree73.Application.Common;
using Decree73.Domain.Common;
using Decree73.Domain.Proposals;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Decree73.Application.Proposals;

/// <summary>
/// One step on a proposal's children (opinions, milestones, progress, completion report): load the proposal with
/// them, 404 when it may not be read, work out the actor, refuse a stale version, let the entity decide, save.
/// </summary>
public sealed class ProposalStep(
    IAppDbContext db, ProposalAccess proposalAccess, ProposalWorkflowService workflow, ILogger<ProposalStep> logger)
{
    public async Task<OperationResult> ApplyAsync(
        int id, int expectedVersion, Func<Proposal, ProposalActor, Result> transition, string what, CancellationToken ct)
    {
        var proposal = await db.Proposals
            .Include(p => p.OpinionRequests).Include(p => p.Milestones).Include(p => p.ProgressUpdates)
            .AsSplitQuery()
            .FirstOrDefaultAsync(p => p.Id == id, ct);
        if (proposal is null || !await proposalAccess.CanReadAsync(proposal, ct))
        {
            return OperationResult.NotFound();
        }

        if (await workflow.ActorAsync(proposal, ct) is not { } actor)
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

        // Adding a child row changes no column of the proposal; mark it modified anyway so that its version is bumped
        // and checked, and two people cannot answer the same request or post from the same stale page.
        db.Entry(proposal).Property(p => p.Version).IsModified = true;
        var saved = await db.SaveVersionedAsync(proposal, expectedVersion, ct);
        if (saved.Succeeded)
        {
            logger.LogInformation("Proposal {ProposalId} {Step} by officer {OfficerId}; now {State}", id, what, actor.OfficerId, proposal.State);
        }

        return saved;
    }
}
