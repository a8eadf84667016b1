using System.Security.Claims;
using Decree73.Application.Accounts;
using Decree73.Application.Units;
using Decree73.Domain.Access;
using Decree73.Web.Authorization;

namespace Decree73.Web.Pages.Admin.Accounts;

/// <summary>
/// An account is administered through its officer's unit; an account with no officer (a bootstrap administrator)
/// through every unit it holds a role in. Deny when there is nothing to check against.
/// </summary>
public sealed class AccountAuthorization(UnitPermissions permissions, UnitService units)
{
    public async Task<bool> MayAdministerAsync(ClaimsPrincipal user, AccountDetails account, CancellationToken ct)
    {
        IReadOnlyList<int> unitIds = account.UnitId is { } unitId ? [unitId] : account.Grants.Select(g => g.UnitId).Distinct().ToList();
        if (unitIds.Count == 0)
        {
            return false;
        }

        foreach (var id in unitIds)
        {
            if (!await MayAdministerUnitAsync(user, id, ct))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Granting a role in a unit needs administration of that unit; an Interior officer role also reaches the subtree
    /// the office monitors, so that subtree must be administered too: nobody hands out more reach than they have.
    /// </summary>
    public async Task<bool> MayGrantAsync(ClaimsPrincipal user, AppRole? role, int unitId, CancellationToken ct)
    {
        if (!await MayAdministerUnitAsync(user, unitId, ct))
        {
            return false;
        }

        if (role != AppRole.InteriorOfficer || (await units.FindAsync(unitId, ct))?.MonitoredUnitId is not { } monitored)
        {
            return true;
        }

        return await MayAdministerUnitAsync(user, monitored, ct);
    }

    public Task<bool> MayAdministerUnitAsync(ClaimsPrincipal user, int unitId, CancellationToken ct) =>
        permissions.MayAdministerAsync(user, unitId, ct, mustExist: true);
}
