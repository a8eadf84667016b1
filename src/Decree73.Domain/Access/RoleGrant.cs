using Decree73.Domain.Common;
using Decree73.Domain.Organisation;

namespace Decree73.Domain.Access;

/// <summary>
/// A role held by an account in one unit. A head of unit A has no rights in unit B because the grant names A.
/// Administrator and InteriorOfficer grants reach the unit's subtree (for an Interior office, the subtree it monitors).
/// </summary>
public sealed class RoleGrant : Entity
{
    private RoleGrant() { }

    public RoleGrant(string userId, AppRole role, int unitId)
    {
        UserId = userId;
        Role = role;
        UnitId = unitId;
    }

    public string UserId { get; private set; } = "";
    public AppRole Role { get; private set; }
    public int UnitId { get; private set; }
    public OrganisationUnit? Unit { get; private set; }
}
