using Decree73.Domain.Common;

namespace Decree73.Domain.Organisation;

/// <summary>
/// A node of the organisation tree. <see cref="Path"/> is the materialised path of ids ("/1/4/9/") so that a
/// whole subtree is one indexed prefix query on every provider.
/// </summary>
public sealed class OrganisationUnit : Entity
{
    private OrganisationUnit() { }

    public OrganisationUnit(string code, string name, UnitKind kind)
    {
        Code = code;
        Name = name;
        Kind = kind;
    }

    public string Code { get; set; } = "";
    public string Name { get; set; } = "";
    public UnitKind Kind { get; set; }

    public int? ParentId { get; private set; }
    public OrganisationUnit? Parent { get; private set; }

    /// <summary>Ids from the root down to this unit, each followed by '/', e.g. "/1/4/9/". Set once the id is known.</summary>
    public string Path { get; private set; } = "";

    /// <summary>
    /// When set, this unit is the monitoring (Interior) office for the subtree rooted at that unit: its Interior
    /// officers see everything under it.
    /// </summary>
    public int? MonitoredUnitId { get; private set; }
    public OrganisationUnit? MonitoredUnit { get; private set; }

    /// <summary>0 for a root ("/1/"), 1 for its children, and so on.</summary>
    public int Depth => Math.Max(0, Path.Count(c => c == '/') - 2);

    public bool IsInSubtreeOf(OrganisationUnit ancestor) => IsPathInSubtree(Path, ancestor.Path);

    public static bool IsPathInSubtree(string path, string ancestorPath) =>
        ancestorPath.Length > 0 && path.StartsWith(ancestorPath, StringComparison.Ordinal);

    /// <summary>Places the unit under <paramref name="parent"/> (or at the root); refuses a cycle.</summary>
    public Result PlaceUnder(OrganisationUnit? parent)
    {
        if (parent is not null && Path.Length > 0 && IsPathInSubtree(parent.Path, Path))
        {
            return UnitErrors.ParentIsSelfOrDescendant;
        }

        Parent = parent;
        ParentId = parent?.Id;
        return Result.Success();
    }

    /// <summary>Computes <see cref="Path"/> from the parent's path and this unit's id (which must be assigned).</summary>
    public string ComputePath() => (Parent?.Path ?? "/") + Id.ToString(System.Globalization.CultureInfo.InvariantCulture) + "/";

    /// <summary>Rewrites the path after the id is known or after a move. Returns the old path for descendants.</summary>
    public string RefreshPath()
    {
        var old = Path;
        Path = ComputePath();
        return old;
    }

    /// <summary>Used for descendants when an ancestor moved: swaps the old prefix for the new one.</summary>
    public void ReplacePathPrefix(string oldPrefix, string newPrefix) =>
        Path = string.Concat(newPrefix, Path.AsSpan(oldPrefix.Length));

    /// <summary>Marks this unit as the monitoring office for <paramref name="monitored"/>'s subtree, or clears it.</summary>
    /// <remarks>
    /// The office sits inside the tree it watches (Sở Nội vụ under the province, Phòng Văn hóa – Xã hội under its
    /// commune), so the monitored unit must be this unit's ancestor.
    /// </remarks>
    public Result Monitor(OrganisationUnit? monitored)
    {
        if (monitored is not null && (monitored.Id == Id || !IsPathInSubtree(Path, monitored.Path)))
        {
            return UnitErrors.MonitoredOutsideOwnTree;
        }

        MonitoredUnit = monitored;
        MonitoredUnitId = monitored?.Id;
        return Result.Success();
    }
}
