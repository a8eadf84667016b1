using Decree73.Application.Access;
using Decree73.Application.Officers;
using Decree73.Domain.Access;
using Decree73.Domain.Organisation;
using Decree73.Domain.People;
using Decree73.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Decree73.IntegrationTests;

public abstract class OfficerServiceTests(ServiceHost host)
{
    private static OfficerInput Input(string name, int unitId) => new()
    {
        FullName = name, Sex = Sex.Female, DateOfBirth = new DateOnly(1990, 1, 1), EducationLevel = EducationLevel.University,
        PoliticalTheoryLevel = PoliticalTheoryLevel.None, Ethnicity = "Kinh", PostKind = PostKind.None, Category = CivilServiceCategory.CivilServant,
        UnitId = unitId,
    };

    private Task<T> WithOfficers<T>(Func<OfficerService, Task<T>> action) =>
        host.InScopeAsync(sp => action(sp.GetRequiredService<OfficerService>()));

    [ServiceFact]
    public async Task Keyset_pages_walk_every_officer_once_in_vietnamese_name_order()
    {
        var root = await host.AddUnitAsync("K1", kind: UnitKind.Province);
        host.CurrentUser.UserId = await host.AddAccountAsync("admin.k1@test.vn", AppRole.Administrator, root);
        // Two people with the same folded name: the id breaks the tie so neither is skipped or repeated.
        string[] names = ["Đỗ Văn Bình", "Trần Thị Ánh", "Lê Văn An", "Nguyễn Thị Ngọc", "Đỗ Văn Bình", "Bùi Thị Yến", "Ân Văn Út"];
        foreach (var name in names)
        {
            Assert.True((await WithOfficers(s => s.CreateAsync(Input(name, root.Id)))).Succeeded);
        }

        var seen = new List<string>();
        string? after = null;
        var pages = 0;
        do
        {
            var cursor = after;
            var page = await WithOfficers(s => s.ListAsync(new OfficerFilter(After: cursor, PageSize: 3)));
            seen.AddRange(page.Items.Select(i => i.FullName));
            after = page.NextAfter;
            pages++;
        }
        while (after is not null);

        Assert.Equal(3, pages);
        Assert.Equal(["Ân Văn Út", "Bùi Thị Yến", "Đỗ Văn Bình", "Đỗ Văn Bình", "Lê Văn An", "Nguyễn Thị Ngọc", "Trần Thị Ánh"], seen);
    }

    [ServiceFact]
    public async Task An_administrator_of_one_commune_sees_none_of_another_communes_officers()
    {
        var root = await host.AddUnitAsync("K2", kind: UnitKind.Province);
        var communeA = await host.AddUnitAsync("K2-A", root);
        var communeB = await host.AddUnitAsync("K2-B", root);
        host.CurrentUser.UserId = await host.AddAccountAsync("admin.k2@test.vn", AppRole.Administrator, root);
        await WithOfficers(s => s.CreateAsync(Input("Người xã A", communeA.Id)));
        await WithOfficers(s => s.CreateAsync(Input("Người xã B", communeB.Id)));

        host.CurrentUser.UserId = await host.AddAccountAsync("admin.k2a@test.vn", AppRole.Administrator, communeA);
        var all = await WithOfficers(s => s.ListAsync(new OfficerFilter()));
        var filteredToB = await WithOfficers(s => s.ListAsync(new OfficerFilter(UnitId: communeB.Id)));

        Assert.Equal(["Người xã A"], all.Items.Select(i => i.FullName).ToArray());
        Assert.Empty(filteredToB.Items);
    }

    [ServiceFact]
    public async Task An_officer_with_an_unknown_unit_is_refused_with_a_message()
    {
        var root = await host.AddUnitAsync("K3", kind: UnitKind.Province);
        host.CurrentUser.UserId = await host.AddAccountAsync("admin.k3@test.vn", AppRole.Administrator, root);

        var result = await WithOfficers(s => s.CreateAsync(Input("Ai đó", 999_999)));

        Assert.Equal("UnitId", Assert.Single(result.Errors).Field);
    }

    [ServiceFact]
    public async Task Grants_reach_the_units_their_role_allows()
    {
        var root = await host.AddUnitAsync("K4", kind: UnitKind.Province);
        var commune = await host.AddUnitAsync("K4-A", root);
        var office = await host.AddUnitAsync("K4-A-VHXH", commune, UnitKind.CommuneOffice);
        var otherCommune = await host.AddUnitAsync("K4-B", root);
        await host.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<Infrastructure.Persistence.AppDbContext>();
            var tracked = await db.Units.FindAsync(office.Id);
            tracked!.Monitor(await db.Units.FindAsync(commune.Id));
            await db.SaveChangesAsync();
        });
        var interior = await host.AddAccountAsync("noivu.k4@test.vn", AppRole.InteriorOfficer, office);
        var head = await host.AddAccountAsync("head.k4@test.vn", AppRole.UnitHead, commune);

        async Task<bool> Reaches(string userId, AppRole role, OrganisationUnit unit)
        {
            host.CurrentUser.UserId = userId;
            return await host.InScopeAsync(sp => sp.GetRequiredService<UserAccess>().HasRoleForUnitAsync(role, unit.Path));
        }

        Assert.True(await Reaches(interior, AppRole.InteriorOfficer, commune));
        Assert.True(await Reaches(interior, AppRole.InteriorOfficer, office));
        Assert.False(await Reaches(interior, AppRole.InteriorOfficer, otherCommune));
        Assert.False(await Reaches(interior, AppRole.InteriorOfficer, root));
        Assert.True(await Reaches(head, AppRole.UnitHead, commune));
        Assert.False(await Reaches(head, AppRole.UnitHead, office));
        Assert.False(await Reaches(head, AppRole.UnitHead, otherCommune));
    }
}

public sealed class OfficerServiceTests_Sqlite(SqliteServiceHost host) : OfficerServiceTests(host), IClassFixture<SqliteServiceHost>;

[RequiresPostgres]
public sealed class OfficerServiceTests_PostgreSql(PostgresServiceHost host) : OfficerServiceTests(host), IClassFixture<PostgresServiceHost>;
