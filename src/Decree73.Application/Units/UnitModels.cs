using Decree73.Domain.Organisation;

namespace Decree73.Application.Units;

public sealed record UnitListItem(
    int Id, string Code, string Name, UnitKind Kind, int? ParentId, int Depth, string? MonitoredUnitName, int OfficerCount);

public sealed record UnitDetails(
    int Id, string Code, string Name, UnitKind Kind, int? ParentId, string? ParentName, string Path,
    int? MonitoredUnitId, string? MonitoredUnitName, int Version);

public sealed record UnitOption(int Id, string Name, int Depth);
