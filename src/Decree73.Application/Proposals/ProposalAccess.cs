using Decree73.Application.Abstractions;
using Decree73.Application.Access;
using Decree73.Domain.Access;
using Decree73.Domain.Organisation;
using Decree73.Domain.Proposals;
using Microsoft.EntityFrameworkCore;

namespace Decree73.Application.Proposals;

/// <summary>
/// Who may see a proposal (the same rule as <see cref="ProposalService.ListAsync"/>): its proposer; once submitted,
/// the head and leadership of the deciding agency, its assigned implementers and the Interior officers whose subtree holds it. Nobody else.
/// </summary>
public sealed class ProposalAccess(IAppDbContext db, ICurrentUser currentUser, UserAccess access)
{
    private int? officerId;
    private bool officerLoaded;

    public async Task<int?> CurrentOfficerIdAsync(CancellationToken ct = default)
    {
        if (!officerLoaded && currentUser.UserId is { } userId)
        {
            officerId = await db.Officers.Where(o => o.UserId == userId).Select(o => (int?)o.Id).FirstOrDefaultAsync(ct);
        }

        officerLoaded = true;
        return officerId;
    }

    public async Task<bool> IsProposerAsync(Proposal proposal, CancellationToken ct = default) =>
        await CurrentOfficerIdAsync(ct) == proposal.ProposerId;

    /// <summary>May write the draft (save, attach, submit): its proposer, while it is a draft.</summary>
    public async Task<bool> MayEditDraftAsync(Proposal proposal, CancellationToken ct = default) =>
        proposal.State == ProposalState.Draft && await IsProposerAsync(proposal, ct);

    /// <summary>
    /// May record their own position on the pending vote (issue 13): a deputy of the deciding agency's leadership (the
    /// head keeps the minutes), not the proposer (Art. 8(1)), while the proposal awaits a vote.
    /// </summary>
    public async Task<bool> MayRecordPositionAsync(Proposal proposal, CancellationToken ct = default)
    {
        if (proposal.PendingVote is null || await CurrentOfficerIdAsync(ct) is not { } officer || officer == proposal.ProposerId)
        {
            return false;
        }

        var grants = (await access.GrantsAsync(ct)).Where(g => g.UnitId == proposal.DecidingUnitId).ToList();
        return grants.Any(g => g.Role == AppRole.LeadershipMember) && grants.All(g => g.Role != AppRole.UnitHead);
    }

    public async Task<bool> CanReadAsync(Proposal proposal, CancellationToken ct = default)
    {
        if (await IsProposerAsync(proposal, ct))
        {
            return true;
        }

        if (proposal.State == ProposalState.Draft)
        {
            return false;
        }

        // Implementers assigned in the implementation decision need the plan they carry out.
        var officer = await CurrentOfficerIdAsync(ct);
        if (officer is not null && await db.ProposalImplementers.AnyAsync(i => i.ProposalId == proposal.Id && i.OfficerId == officer, ct))
        {
            return true;
        }

        var path = await db.Units.Where(u => u.Id == proposal.DecidingUnitId).Select(u => u.Path).FirstAsync(ct);
        return (await access.GrantsAsync(ct)).Any(g =>
            (g.Role is AppRole.UnitHead or AppRole.LeadershipMember && g.UnitId == proposal.DecidingUnitId)
            || (g.Role == AppRole.InteriorOfficer && OrganisationUnit.IsPathInSubtree(path, g.ScopePath)));
    }
}
