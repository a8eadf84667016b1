using Decree73.Application.Access;
using Decree73.Application.Units;
using Decree73.Domain.Access;

namespace Decree73.Application.Accounts;

/// <summary>
/// Who may administer an account, for the signed-in user (<see cref="UserAccess"/>): an account is administered through
/// its officer's unit; an account with no officer (a bootstrap administrator) through every unit it holds a role in.
/// Deny when there is nothing to check against, or when a unit does not exist.
/// </summary>
public sealed class AccountAccess(UserAccess access, UnitService units)
{
    public async Task<bool> MayAdministerAsync(AccountDetails account, CancellationToken ct = default)
    {
        IReadOnlyList<int> unitIds = account.UnitId is { } unitId ? [unitId] : account.Grants.Select(g => g.UnitId).Distinct().ToList();
        if (unitIds.Count == 0)
        {
            return false;
        }

        foreach (var id in unitIds)
        {
            if (!await MayAdministerUnitAsync(id, ct))
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
    public async Task<bool> MayGrantAsync(AppRole? role, int unitId, CancellationToken ct = default)
    {
        if (!await MayAdministerUnitAsync(unitId, ct))
        {
            return false;
        }

        if (role != AppRole.InteriorOfficer || (await units.FindAsync(unitId, ct))?.MonitoredUnitId is not { } monitored)
        {
            return true;
        }

        return await MayAdministerUnitAsync(monitored, ct);
    }

    /// <summary>The unit exists and the signed-in user administers it (<see cref="UserAccess.MayAdministerUnitAsync"/>).</summary>
    public async Task<bool> MayAdministerUnitAsync(int unitId, CancellationToken ct = default) =>
        await units.FindAsync(unitId, ct) is { } unit && await access.MayAdministerUnitAsync(unit.Path, ct);
}
