using Decree73.Domain.Access;
using Decree73.Infrastructure.Identity;
using Decree73.Infrastructure.Persistence;
using Decree73.Infrastructure.Seeding;
using Decree73.TestSupport;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Decree73.IntegrationTests;

/// <summary>The first administrator of a new installation, on an empty database.</summary>
public abstract class AdministratorBootstrapTests(ServiceHost host)
{
    [ServiceFact]
    public async Task The_first_administrator_gets_the_root_unit_and_a_generated_password_that_works()
    {
        var result = await host.InScopeAsync(sp => sp.GetRequiredService<AdministratorBootstrap>().CreateAsync("admin@tinh.gov.vn", "hn", "Thành phố Hà Nội"));

        Assert.True(result.Succeeded, result.Message);
        Assert.True(result.Password!.Length >= 12);
        await host.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            var root = await db.Units.SingleAsync(u => u.ParentId == null);
            Assert.Equal("HN", root.Code);
            Assert.Equal($"/{root.Id}/", root.Path);
            var users = sp.GetRequiredService<UserManager<AppUser>>();
            var user = await users.FindByEmailAsync("admin@tinh.gov.vn");
            Assert.True(await users.CheckPasswordAsync(user!, result.Password));
            Assert.True(await db.RoleGrants.AnyAsync(g => g.UserId == user!.Id && g.Role == AppRole.Administrator && g.UnitId == root.Id));
        });

        var again = await host.InScopeAsync(sp => sp.GetRequiredService<AdministratorBootstrap>().CreateAsync("admin@tinh.gov.vn", "X", "X"));
        Assert.False(again.Succeeded);
        Assert.Null(again.Password);
    }
}

public sealed class AdministratorBootstrapTests_Sqlite(SqliteServiceHost host) : AdministratorBootstrapTests(host), IClassFixture<SqliteServiceHost>;

[RequiresPostgres]
public sealed class AdministratorBootstrapTests_PostgreSql(PostgresServiceHost host) : AdministratorBootstrapTests(host), IClassFixture<PostgresServiceHost>;
