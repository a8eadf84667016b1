using Decree73.Application.Abstractions;
using Decree73.Domain.Access;
using Decree73.Domain.Organisation;
using Microsoft.EntityFrameworkCore;

namespace Decree73.Application.Access;

/// <summary>
/// A role grant resolved to the units it reaches. <see cref="ScopePath"/> is the materialised path of the unit the
/// grant reaches; <see cref="IncludesSubtree"/> says whether units below it are reached too.
/// </summary>
public sealed record GrantScope(AppRole Role, int UnitId, string UnitName, string ScopePath, bool IncludesSubtree)
{
    public bool Reaches(string unitPath) =>
        IncludesSubtree ? OrganisationUnit.IsPathInSubtree(unitPath, ScopePath) : unitPath == ScopePath;
}

/// <summary>
/// What the signed-in user may reach, loaded once per request. Administrators reach the subtree of their unit;
/// Interior officers reach the subtree their office monitors; heads, leadership members and proposers reach their
/// own unit only.
/// </summary>
public sealed class UserAccess(IAppDbContext db, ICurrentUser currentUser)
{
    private IReadOnlyList<GrantScope>? grants;

    public async Task<IReadOnlyList<GrantScope>> GrantsAsync(CancellationToken ct = default)
    {
        if (grants is not null)
        {
            return grants;
        }

        if (currentUser.UserId is not { } userId)
        {
            return grants = [];
        }

        var rows = await GrantRows(db, userId).ToListAsync(ct);

        return grants = rows.Select(r => r.Role switch
            {
                AppRole.Administrator => new GrantScope(r.Role, r.UnitId, r.UnitName, r.UnitPath, IncludesSubtree: true),
                AppRole.InteriorOfficer => new GrantScope(r.Role, r.UnitId, r.UnitName, r.MonitoredPath ?? r.UnitPath, IncludesSubtree: true),
                _ => new GrantScope(r.Role, r.UnitId, r.UnitName, r.UnitPath, IncludesSubtree: false),
            })
            .ToList();
    }

    internal sealed record GrantRow(AppRole Role, int UnitId, string UnitName, string UnitPath, string? MonitoredPath);

    /// <summary>A user's role grants with the unit (and, for an Interior office, the unit it monitors).</summary>
    internal static IQueryable<GrantRow> GrantRows(IAppDbContext db, string userId) =>
        db.RoleGrants.AsNoTracking()
            .Where(g => g.UserId == userId)
            .Select(g => new GrantRow(g.Role, g.UnitId, g.Unit!.Name, g.Unit.Path, g.Unit.MonitoredUnit != null ? g.Unit.MonitoredUnit.Path : null));

    public async Task<bool> HasRoleAsync(AppRole role, CancellationToken ct = default) =>
        (await GrantsAsync(ct)).Any(g => g.Role == role);

    /// <summary>Holds one of <paramref name="roles"/> in some unit: opens an area, each resource in it is still checked on its own.</summary>
    public async Task<bool> HasAnyRoleAsync(IReadOnlyCollection<AppRole> roles, CancellationToken ct = default) =>
        (await GrantsAsync(ct)).Any(g => roles.Contains(g.Role));

    /// <summary>Whether the user holds <paramref name="role"/> in a grant that reaches the unit at <paramref name="unitPath"/>.</summary>
    public async Task<bool> HasRoleForUnitAsync(AppRole role, string unitPath, CancellationToken ct = default) =>
        (await GrantsAsync(ct)).Any(g => g.Role == role && g.Reaches(unitPath));

    /// <summary>May administer the unit at <paramref name="unitPath"/> (and the officers and accounts it holds): an Administrator grant whose subtree holds it.</summary>
    public async Task<bool> MayAdministerUnitAsync(string unitPath, CancellationToken ct = default) =>
        await HasRoleForUnitAsync(AppRole.Administrator, unitPath, ct);

    /// <summary>May read the unit at <paramref name="unitPath"/>: any grant that reaches it.</summary>
    public async Task<bool> MayReadUnitAsync(string unitPath, CancellationToken ct = default) =>
        (await GrantsAsync(ct)).Any(g => g.Reaches(unitPath));

    /// <summary>Paths of the subtrees this user administers. Empty for non-administrators.</summary>
    public async Task<IReadOnlyList<string>> AdministeredPathsAsync(CancellationToken ct = default) =>
        (await GrantsAsync(ct)).Where(g => g.Role == AppRole.Administrator).Select(g => g.ScopePath).Distinct().ToList();
}
