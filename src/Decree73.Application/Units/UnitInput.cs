using Decree73.Domain.Organisation;

namespace Decree73.Application.Units;

/// <summary>What the unit form posts. Never bound to the entity directly.</summary>
public sealed class UnitInput
{
    public string Code { get; set; } = "";
    public string Name { get; set; } = "";
    public UnitKind Kind { get; set; } = UnitKind.CommuneOffice;
    public int? ParentId { get; set; }
    public int? MonitoredUnitId { get; set; }
}
