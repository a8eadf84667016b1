using Decree73.Domain.Organisation;
using Decree73.Infrastructure.Persistence;
using Decree73.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Decree73.IntegrationTests;

/// <summary>The conventions every provider must honour, run once per provider on a fresh migrated database.</summary>
public abstract class PersistenceTests(ServiceHost host)
{
    [ServiceFact]
    public async Task The_migrations_are_applied_and_match_the_model()
    {
        await host.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            Assert.Empty(await db.Database.GetPendingMigrationsAsync());
            Assert.NotEmpty(await db.Database.GetAppliedMigrationsAsync());
            Assert.False(db.Database.HasPendingModelChanges());
        });
    }

    [ServiceFact]
    public async Task Enums_are_stored_as_their_names()
    {
        var unit = await host.AddUnitAsync("ENUM1", kind: UnitKind.PublicServiceUnit);

        var stored = await host.InScopeAsync(sp => sp.GetRequiredService<AppDbContext>().Database
            .SqlQueryRaw<string>("SELECT \"Kind\" AS \"Value\" FROM \"Units\" WHERE \"Id\" = {0}", unit.Id).SingleAsync());

        Assert.Equal("PublicServiceUnit", stored);
    }

    [ServiceFact]
    public async Task Audit_stamps_are_utc_from_the_clock_and_name_the_current_user()
    {
        host.CurrentUser.UserId = "creator";
        var created = host.Time.Now.UtcDateTime;
        var unit = await host.AddUnitAsync("AUDIT1");

        host.CurrentUser.UserId = "editor";
        host.Time.Advance(TimeSpan.FromHours(3));
        await host.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            var tracked = await db.Units.SingleAsync(u => u.Id == unit.Id);
            tracked.Name = "Đã đổi tên";
            await db.SaveChangesAsync();
        });

        var reloaded = await host.InScopeAsync(sp => sp.GetRequiredService<AppDbContext>().Units.AsNoTracking().SingleAsync(u => u.Id == unit.Id));
        Assert.Equal(DateTimeKind.Utc, reloaded.CreatedAtUtc.Kind);
        Assert.Equal(created, reloaded.CreatedAtUtc);
        Assert.Equal("creator", reloaded.CreatedBy);
        Assert.Equal(created.AddHours(3), reloaded.ModifiedAtUtc);
        Assert.Equal("editor", reloaded.ModifiedBy);
        host.CurrentUser.UserId = null;
    }

    [ServiceFact]
    public async Task Every_update_bumps_the_version_and_a_stale_version_is_refused_by_the_database()
    {
        var unit = await host.AddUnitAsync("VERS1");
        var before = (await Reload(unit.Id)).Version;

        await using var first = host.Services.CreateAsyncScope();
        await using var second = host.Services.CreateAsyncScope();
        var db1 = first.ServiceProvider.GetRequiredService<AppDbContext>();
        var db2 = second.ServiceProvider.GetRequiredService<AppDbContext>();
        var copy1 = await db1.Units.SingleAsync(u => u.Id == unit.Id);
        var copy2 = await db2.Units.SingleAsync(u => u.Id == unit.Id);

        copy1.Name = "Người thứ nhất";
        await db1.SaveChangesAsync();
        copy2.Name = "Người thứ hai";
        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => db2.SaveChangesAsync());

        var stored = await Reload(unit.Id);
        Assert.Equal("Người thứ nhất", stored.Name);
        Assert.Equal(before + 1, stored.Version);
    }

    [ServiceFact]
    public async Task The_holiday_calendar_arrives_with_the_migrations_and_drives_deadlines()
    {
        var calendar = await host.InScopeAsync(sp => sp.GetRequiredService<Application.Calendar.CalendarService>().GetAsync());
        var stored = await host.InScopeAsync(sp => sp.GetRequiredService<AppDbContext>().CalendarDays.CountAsync());

        Assert.Equal(Domain.Calendar.HolidaySeed.Days.Count, stored);
        Assert.False(calendar.IsWorkingDay(new DateOnly(2026, 2, 17)));
        Assert.True(calendar.IsWorkingDay(new DateOnly(2026, 1, 10)));
        Assert.Equal(new DateOnly(2026, 2, 27), calendar.AddWorkingDays(new DateOnly(2026, 2, 11), 7));
    }

    private Task<OrganisationUnit> Reload(int id) =>
        host.InScopeAsync(sp => sp.GetRequiredService<AppDbContext>().Units.AsNoTracking().SingleAsync(u => u.Id == id));
}

public sealed class PersistenceTests_Sqlite(SqliteServiceHost host) : PersistenceTests(host), IClassFixture<SqliteServiceHost>;

[RequiresPostgres]
public sealed class PersistenceTests_PostgreSql(PostgresServiceHost host) : PersistenceTests(host), IClassFixture<PostgresServiceHost>;
