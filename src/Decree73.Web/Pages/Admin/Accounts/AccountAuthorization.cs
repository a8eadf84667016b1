using System.Security.Claims;
using Decree73.Application.Accounts;
using Decree73.Web.Authorization;

namespace Decree73.Web.Pages.Admin.Accounts;

/// <summary>
/// An account is administered through its officer's unit; an account with no officer (a bootstrap administrator)
/// through every unit it holds a role in. Deny when there is nothing to check against.
/// </summary>
public sealed class AccountAuthorization(UnitPermissions permissions)
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

    public Task<bool> MayAdministerUnitAsync(ClaimsPrincipal user, int unitId, CancellationToken ct) =>
        permissions.MayAdministerAsync(user, unitId, ct, mustExist: true);
}
