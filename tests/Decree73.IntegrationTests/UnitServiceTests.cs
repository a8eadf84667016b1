using Decree73.Application.Common;
using Decree73.Application.Units;
using Decree73.Domain.Access;
using Decree73.Domain.Organisation;
using Decree73.Domain.People;
using Decree73.Infrastructure.Persistence;
using Decree73.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Decree73.IntegrationTests;

public abstract class UnitServiceTests(ServiceHost host)
{
    private async Task<(OrganisationUnit Root, string AdminId)> RootWithAdminAsync(string code)
    {
        var root = await host.AddUnitAsync(code, kind: UnitKind.Province);
        var admin = await host.AddAccountAsync($"admin.{code.ToLowerInvariant()}@test.vn", AppRole.Administrator, root);
        host.CurrentUser.UserId = admin;
        return (root, admin);
    }

    private Task<T> WithUnits<T>(Func<UnitService, Task<T>> action) =>
        host.InScopeAsync(sp => action(sp.GetRequiredService<UnitService>()));

    private Task<OrganisationUnit> Load(int id) =>
        host.InScopeAsync(sp => sp.GetRequiredService<AppDbContext>().Units.AsNoTracking().SingleAsync(u => u.Id == id));

    [ServiceFact]
    public async Task A_created_unit_is_placed_under_its_parent_with_its_path()
    {
        var (root, _) = await RootWithAdminAsync("P1");

        var result = await WithUnits(s => s.CreateAsync(new UnitInput { Code = "p1-xa", Name = " Xã Một ", Kind = UnitKind.Commune, ParentId = root.Id }));

        Assert.True(result.Succeeded);
        var created = await Load(result.Value);
        Assert.Equal("P1-XA", created.Code);
        Assert.Equal("Xã Một", created.Name);
        Assert.Equal($"{root.Path}{created.Id}/", created.Path);
        var listed = await WithUnits(s => s.ListAdministeredAsync());
        Assert.Equal(["P1", "P1-XA"], listed.Select(u => u.Code).ToArray());
        Assert.Equal([0, 1], listed.Select(u => u.Depth).ToArray());
    }

    [ServiceFact]
    public async Task A_duplicate_code_is_refused_whatever_its_case()
    {
        var (root, _) = await RootWithAdminAsync("P2");
        await WithUnits(s => s.CreateAsync(new UnitInput { Code = "P2-A", Name = "A", ParentId = root.Id }));

        var result = await WithUnits(s => s.CreateAsync(new UnitInput { Code = "p2-a", Name = "B", ParentId = root.Id }));

        Assert.Equal(OperationStatus.Invalid, result.Status);
        var error = Assert.Single(result.Errors);
        Assert.Equal(nameof(UnitInput.Code), error.Field);
        Assert.Equal("Mã đơn vị này đã được dùng cho một đơn vị khác.", error.Message);
    }

    [ServiceFact]
    public async Task Moving_a_unit_under_its_own_descendant_is_refused_and_nothing_changes()
    {
        var (root, _) = await RootWithAdminAsync("P3");
        var a = await host.AddUnitAsync("P3-A", root);
        var b = await host.AddUnitAsync("P3-B", a);
        var current = await Load(a.Id);

        var result = await WithUnits(s => s.UpdateAsync(a.Id, new UnitInput { Code = "P3-A", Name = "A", Kind = UnitKind.Commune, ParentId = b.Id }, current.Version));

        Assert.Equal("ParentId", Assert.Single(result.Errors).Field);
        Assert.Equal(root.Id, (await Load(a.Id)).ParentId);
        Assert.Equal(current.Path, (await Load(a.Id)).Path);
    }

    [ServiceFact]
    public async Task Moving_a_unit_rewrites_the_paths_of_its_whole_subtree()
    {
        var (root, _) = await RootWithAdminAsync("P4");
        var a = await host.AddUnitAsync("P4-A", root);
        var b = await host.AddUnitAsync("P4-B", root);
        var child = await host.AddUnitAsync("P4-A1", a);
        var grandchild = await host.AddUnitAsync("P4-A11", child);

        var result = await WithUnits(s => s.UpdateAsync(a.Id, new UnitInput { Code = "P4-A", Name = "A", Kind = UnitKind.Commune, ParentId = b.Id }, 2));

        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Message)));
        var moved = await Load(a.Id);
        Assert.Equal($"{b.Path}{a.Id}/", moved.Path);
        Assert.Equal($"{moved.Path}{child.Id}/", (await Load(child.Id)).Path);
        Assert.Equal($"{moved.Path}{child.Id}/{grandchild.Id}/", (await Load(grandchild.Id)).Path);
    }

    [ServiceFact]
    public async Task A_stale_form_gets_a_conflict_and_does_not_overwrite()
    {
        var (root, _) = await RootWithAdminAsync("P5");
        var a = await host.AddUnitAsync("P5-A", root);
        var version = (await Load(a.Id)).Version;
        await WithUnits(s => s.UpdateAsync(a.Id, new UnitInput { Code = "P5-A", Name = "Tên mới", Kind = UnitKind.Commune, ParentId = root.Id }, version));

        var stale = await WithUnits(s => s.UpdateAsync(a.Id, new UnitInput { Code = "P5-A", Name = "Tên cũ", Kind = UnitKind.Commune, ParentId = root.Id }, version));

        Assert.Equal(OperationStatus.Conflict, stale.Status);
        Assert.Contains("tải lại", Assert.Single(stale.Errors).Message);
        Assert.Equal("Tên mới", (await Load(a.Id)).Name);
    }

    [ServiceFact]
    public async Task Deleting_a_unit_that_still_has_officers_or_children_is_refused_and_nothing_is_lost()
    {
        var (root, _) = await RootWithAdminAsync("P6");
        var a = await host.AddUnitAsync("P6-A", root);
        await host.AddUnitAsync("P6-A1", a);
        await host.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            db.Officers.Add(new Officer { FullName = "Cán bộ Một", UnitId = a.Id, DateOfBirth = new DateOnly(1990, 1, 1) });
            await db.SaveChangesAsync();
        });

        var version = (await Load(a.Id)).Version;
        var result = await WithUnits(s => s.DeleteAsync(a.Id, version));

        Assert.Equal(OperationStatus.Invalid, result.Status);
        Assert.Equal(2, result.Errors.Count);
        Assert.Contains(result.Errors, e => e.Message.Contains("cán bộ", StringComparison.Ordinal));
        Assert.Contains(result.Errors, e => e.Message.Contains("trực thuộc", StringComparison.Ordinal));
        Assert.Equal("P6-A", (await Load(a.Id)).Code);
    }

    [ServiceFact]
    public async Task An_empty_leaf_unit_is_deleted()
    {
        var (root, _) = await RootWithAdminAsync("P7");
        var leaf = await host.AddUnitAsync("P7-LEAF", root);

        var version = (await Load(leaf.Id)).Version;
        var result = await WithUnits(s => s.DeleteAsync(leaf.Id, version));

        Assert.True(result.Succeeded);
        Assert.False(await host.InScopeAsync(sp => sp.GetRequiredService<AppDbContext>().Units.AnyAsync(u => u.Id == leaf.Id)));
    }

    [ServiceFact]
    public async Task An_administrator_lists_only_the_units_of_their_subtree()
    {
        var (root, _) = await RootWithAdminAsync("P8");
        var communeA = await host.AddUnitAsync("P8-A", root);
        var communeB = await host.AddUnitAsync("P8-B", root);
        await host.AddUnitAsync("P8-A-VP", communeA, UnitKind.CommuneOffice);
        host.CurrentUser.UserId = await host.AddAccountAsync("admin.p8a@test.vn", AppRole.Administrator, communeA);

        var listed = await WithUnits(s => s.ListAdministeredAsync());

        Assert.Equal(["P8-A", "P8-A-VP"], listed.Select(u => u.Code).ToArray());
        Assert.DoesNotContain(listed, u => u.Id == communeB.Id || u.Id == root.Id);
    }

    [ServiceFact]
    public async Task A_move_that_would_leave_an_office_monitoring_a_foreign_subtree_is_refused()
    {
        var (root, _) = await RootWithAdminAsync("P10");
        var communeA = await host.AddUnitAsync("P10-A", root);
        var communeB = await host.AddUnitAsync("P10-B", root);
        var department = await host.AddUnitAsync("P10-A-KT", communeA, UnitKind.CommuneOffice);
        var office = await host.AddUnitAsync("P10-A-KT-NV", department, UnitKind.CommuneOffice);
        await host.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            (await db.Units.FindAsync(office.Id))!.Monitor(await db.Units.FindAsync(communeA.Id));
            await db.SaveChangesAsync();
        });
        var version = (await Load(department.Id)).Version;

        var result = await WithUnits(s => s.UpdateAsync(department.Id, new UnitInput { Code = "P10-A-KT", Name = "KT", Kind = UnitKind.CommuneOffice, ParentId = communeB.Id }, version));

        Assert.Equal("ParentId", Assert.Single(result.Errors).Field);
        Assert.Equal(communeA.Id, (await Load(department.Id)).ParentId);
        Assert.StartsWith(communeA.Path, (await Load(office.Id)).Path, StringComparison.Ordinal);
    }

    [ServiceFact]
    public async Task An_office_monitors_only_an_ancestor()
    {
        var (root, _) = await RootWithAdminAsync("P9");
        var commune = await host.AddUnitAsync("P9-A", root);
        var other = await host.AddUnitAsync("P9-B", root);

        var refused = await WithUnits(s => s.CreateAsync(new UnitInput { Code = "P9-A-NV", Name = "Phòng", Kind = UnitKind.CommuneOffice, ParentId = commune.Id, MonitoredUnitId = other.Id }));
        var accepted = await WithUnits(s => s.CreateAsync(new UnitInput { Code = "P9-A-NV", Name = "Phòng", Kind = UnitKind.CommuneOffice, ParentId = commune.Id, MonitoredUnitId = commune.Id }));

        Assert.Equal("MonitoredUnitId", Assert.Single(refused.Errors).Field);
        Assert.False(await host.InScopeAsync(sp => sp.GetRequiredService<AppDbContext>().Units.AnyAsync(u => u.Code == "P9-A-NV" && u.MonitoredUnitId == other.Id)));
        Assert.True(accepted.Succeeded);
        Assert.Equal(commune.Id, (await Load(accepted.Value)).MonitoredUnitId);
    }
}

public sealed class UnitServiceTests_Sqlite(SqliteServiceHost host) : UnitServiceTests(host), IClassFixture<SqliteServiceHost>;

[RequiresPostgres]
public sealed class UnitServiceTests_PostgreSql(PostgresServiceHost host) : UnitServiceTests(host), IClassFixture<PostgresServiceHost>;
