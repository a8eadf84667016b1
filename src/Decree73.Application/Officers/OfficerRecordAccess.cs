using Decree73.Application.Abstractions;
using Decree73.Application.Access;
using Decree73.Application.Proposals;
using Decree73.Domain.Access;
using Decree73.Domain.Organisation;
using Microsoft.EntityFrameworkCore;

namespace Decree73.Application.Officers;

/// <summary>The officer whose record is looked at, with the path of their unit (what every access rule tests).</summary>
public sealed record OfficerRef(int Id, string FullName, string? PostTitle, int UnitId, string UnitName, string UnitPath);

/// <summary>
/// Who may look at one person's innovation record. Appraisal entries are kept by Interior officers (and
/// administrators) whose scope reaches the officer's unit (domain.md §3). The officer page may also be opened by
/// the officer themself and by the head of the unit the officer works in (or of a unit above it: a commune's head
/// leads its offices). Leadership members and everyone else may not: to them the page does not exist.
/// </summary>
public sealed class OfficerRecordAccess(IAppDbContext db, UserAccess access, ProposalAccess proposals)
{
    public Task<OfficerRef?> FindOfficerAsync(int officerId, CancellationToken ct = default) => Officer(db, officerId).FirstOrDefaultAsync(ct);

    internal static IQueryable<OfficerRef> Officer(IAppDbContext db, int officerId) =>
        db.Officers.AsNoTracking().Where(o => o.Id == officerId)
            .Select(o => new OfficerRef(o.Id, o.FullName, o.PostTitle, o.UnitId, o.Unit!.Name, o.Unit.Path));

    /// <summary>The subtrees where the user keeps appraisal records: their Interior and Administrator scopes.</summary>
    public async Task<IReadOnlyList<string>> AppraisalScopesAsync(CancellationToken ct = default) =>
        (await access.GrantsAsync(ct)).Where(g => g.Role is AppRole.InteriorOfficer or AppRole.Administrator)
            .Select(g => g.ScopePath).Distinct().ToList();

    public async Task<bool> MayAppraiseAsync(string unitPath, CancellationToken ct = default) =>
        (await AppraisalScopesAsync(ct)).Any(scope => OrganisationUnit.IsPathInSubtree(unitPath, scope));

    public async Task<bool> MayOpenProfileAsync(OfficerRef officer, CancellationToken ct = default)
    {
        if (await proposals.CurrentOfficerIdAsync(ct) == officer.Id || await MayAppraiseAsync(officer.UnitPath, ct))
        {
            return true;
        }

        return (await access.GrantsAsync(ct)).Any(g =>
            g.Role == AppRole.UnitHead && OrganisationUnit.IsPathInSubtree(officer.UnitPath, g.ScopePath));
    }
}
