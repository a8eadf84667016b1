using System.Security.Claims;
using Decree73.Application.Units;
using Microsoft.AspNetCore.Authorization;

namespace Decree73.Web.Authorization;

/// <summary>Page-side helper: may this user administer the unit with this id (through UnitAuthorizationHandler)?</summary>
public sealed class UnitPermissions(UnitService units, IAuthorizationService authorization)
{
    /// <summary>
    /// A unit that does not exist is let through here so the service can refuse it with a message next to the field;
    /// with <paramref name="mustExist"/> it is denied.
    /// </summary>
    public async Task<bool> MayAdministerAsync(ClaimsPrincipal user, int? unitId, CancellationToken ct, bool mustExist = false)
    {
        if (unitId is null)
        {
            return !mustExist;
        }

        var unit = await units.FindAsync(unitId.Value, ct);
        if (unit is null)
        {
            return !mustExist;
        }

        return (await authorization.AuthorizeAsync(user, unit, Operations.Administer)).Succeeded;
    }
}
