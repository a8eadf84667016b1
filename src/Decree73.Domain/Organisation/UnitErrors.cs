using Decree73.Domain.Common;

namespace Decree73.Domain.Organisation;

public static class UnitErrors
{
    public static readonly DomainError ParentIsSelfOrDescendant = new("Unit.ParentIsSelfOrDescendant", "ParentId");
    public static readonly DomainError MonitoredOutsideOwnTree = new("Unit.MonitoredOutsideOwnTree", "MonitoredUnitId");
}
