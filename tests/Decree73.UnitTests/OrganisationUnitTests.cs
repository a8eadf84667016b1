using Decree73.Domain.Organisation;
using Xunit;

namespace Decree73.UnitTests;

public sealed class OrganisationUnitTests
{
    private static OrganisationUnit Unit(int id, string path)
    {
        var unit = new OrganisationUnit("U" + id, "Unit " + id, UnitKind.Commune);
        typeof(OrganisationUnit).GetProperty(nameof(OrganisationUnit.Id))!.SetValue(unit, id);
        typeof(OrganisationUnit).GetProperty(nameof(OrganisationUnit.Path))!.SetValue(unit, path);
        return unit;
    }

    [Fact]
    public void Path_is_the_parent_path_followed_by_the_id()
    {
        var root = Unit(1, "/1/");
        var child = Unit(4, "");
        Assert.True(child.PlaceUnder(root).IsSuccess);

        child.RefreshPath();

        Assert.Equal("/1/4/", child.Path);
        Assert.Equal(1, child.Depth);
        Assert.True(child.IsInSubtreeOf(root));
    }

    [Fact]
    public void A_unit_cannot_be_placed_under_itself()
    {
        var unit = Unit(4, "/1/4/");

        var result = unit.PlaceUnder(unit);

        Assert.Equal(UnitErrors.ParentIsSelfOrDescendant, result.Error);
    }

    [Fact]
    public void A_unit_cannot_be_placed_under_its_own_descendant()
    {
        var unit = Unit(4, "/1/4/");
        var grandchild = Unit(9, "/1/4/7/9/");

        var result = unit.PlaceUnder(grandchild);

        Assert.Equal(UnitErrors.ParentIsSelfOrDescendant, result.Error);
        Assert.Null(unit.Parent);
    }

    [Fact]
    public void A_unit_can_move_under_a_sibling_whose_id_shares_its_digits()
    {
        // "/1/40/" starts with "/1/4" but not with "/1/4/": it is not a descendant of unit 4.
        var unit = Unit(4, "/1/4/");
        var sibling = Unit(40, "/1/40/");

        Assert.True(unit.PlaceUnder(sibling).IsSuccess);
        Assert.False(OrganisationUnit.IsPathInSubtree("/1/40/", "/1/4/"));
    }

    [Fact]
    public void Moving_rewrites_descendant_paths()
    {
        var descendant = Unit(9, "/1/4/9/");

        descendant.ReplacePathPrefix("/1/4/", "/1/2/4/");

        Assert.Equal("/1/2/4/9/", descendant.Path);
    }

    [Fact]
    public void An_interior_office_may_monitor_its_ancestor()
    {
        var commune = Unit(4, "/1/4/");
        var office = Unit(7, "/1/4/7/");

        Assert.True(office.Monitor(commune).IsSuccess);
        Assert.Equal(4, office.MonitoredUnitId);
    }

    [Fact]
    public void An_office_may_not_monitor_itself_a_sibling_or_its_descendant()
    {
        var office = Unit(7, "/1/4/7/");
        var sibling = Unit(8, "/1/4/8/");
        var child = Unit(11, "/1/4/7/11/");

        Assert.Equal(UnitErrors.MonitoredOutsideOwnTree, office.Monitor(office).Error);
        Assert.Equal(UnitErrors.MonitoredOutsideOwnTree, office.Monitor(sibling).Error);
        Assert.Equal(UnitErrors.MonitoredOutsideOwnTree, office.Monitor(child).Error);
        Assert.Null(office.MonitoredUnitId);
    }

    [Fact]
    public void Clearing_the_monitored_unit_is_allowed()
    {
        var office = Unit(7, "/1/4/7/");
        office.Monitor(Unit(4, "/1/4/"));

        Assert.True(office.Monitor(null).IsSuccess);
        Assert.Null(office.MonitoredUnitId);
    }
}
