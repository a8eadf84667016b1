using Decree73.Application.Abstractions;
using Decree73.Application.Access;
using Decree73.Application.Proposals;
using Decree73.Domain.Access;
using Decree73.Domain.Protection;
using Microsoft.EntityFrameworkCore;

namespace Decree73.Application.Protection;

/// <summary>
/// Protection records are need-to-know (domain.md §7): the head of the deciding agency, Interior officers whose
/// scope reaches that agency, and the officer concerned. Nobody else: not the leadership members who may read the
/// proposal, and not administrators, who manage accounts and units and do not read liability records (ADR 0009): every list, search, export, attachment and officer page goes
/// through <see cref="VisibleAsync"/> or <see cref="CanSeeAsync"/>, and a record the user may not see is "not found".
/// </summary>
public sealed class ProtectionAccess(IAppDbContext db, UserAccess access, ProposalAccess proposals)
{
    /// <summary>The protection records the signed-in user may see.</summary>
    public async Task<IQueryable<ProtectionDecision>> VisibleAsync(CancellationToken ct = default)
    {
        var grants = await access.GrantsAsync(ct);
        var me = await proposals.CurrentOfficerIdAsync(ct);
        var headOf = grants.Where(g => g.Role == AppRole.UnitHead).Select(g => g.UnitId).ToList();
        var scopes = grants.Where(g => g.Role == AppRole.InteriorOfficer).Select(g => g.ScopePath).Distinct().ToList();
        return Visible(db, me, headOf, scopes);
    }

    /// <summary>The records of the officer <paramref name="me"/>, of the agencies they head and of the subtrees they monitor.</summary>
    internal static IQueryable<ProtectionDecision> Visible(IAppDbContext db, int? me, IReadOnlyList<int> headOf, IReadOnlyList<string> scopes)
    {
        var reachedUnits = db.Units.WithinSubtrees(scopes).Select(u => u.Id);
        return db.ProtectionDecisions.AsNoTracking().Where(p =>
            p.OfficerId == me || headOf.Contains(p.DecidingUnitId) || reachedUnits.Contains(p.DecidingUnitId));
    }

    public async Task<bool> CanSeeAsync(ProtectionDecision decision, CancellationToken ct = default)
    {
        if (await proposals.CurrentOfficerIdAsync(ct) == decision.OfficerId)
        {
            return true;
        }

        return await MayDecideOrMonitorAsync(decision.DecidingUnitId, ct);
    }

    /// <summary>Whether the user is the head of <paramref name="decidingUnitId"/> or an Interior officer monitoring it.</summary>
    public async Task<bool> MayDecideOrMonitorAsync(int decidingUnitId, CancellationToken ct = default)
    {
        var grants = await access.GrantsAsync(ct);
        if (grants.Any(g => g.Role == AppRole.UnitHead && g.UnitId == decidingUnitId))
        {
            return true;
        }

        var path = await db.Units.Where(u => u.Id == decidingUnitId).Select(u => u.Path).FirstOrDefaultAsync(ct);
        return path is not null && grants.Any(g => g.Role == AppRole.InteriorOfficer && g.Reaches(path));
    }

    /// <summary>Only the head of the agency that authorised the proposal decides on protection (domain.md §7).</summary>
    public async Task<bool> MayDecideAsync(int decidingUnitId, CancellationToken ct = default) =>
        (await access.GrantsAsync(ct)).Any(g => g.Role == AppRole.UnitHead && g.UnitId == decidingUnitId);
}
