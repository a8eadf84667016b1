using Decree73.Application.Calendar;
using Decree73.Application.Common;
using Decree73.Domain.Access;
using Decree73.Domain.Calendar;
using Decree73.Domain.Organisation;
using Decree73.Domain.People;
using Decree73.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Decree73.IntegrationTests;

/// <summary>The calendar is data: a day added by a province administrator moves every deadline counted across it.</summary>
public abstract class CalendarAdminServiceTests(ServiceHost host)
{
    private Task<T> As<T>(string userId, Func<IServiceProvider, Task<T>> action)
    {
        host.CurrentUser.UserId = userId;
        return host.InScopeAsync(action);
    }

    [ServiceFact]
    public async Task A_new_day_off_moves_the_deadline_and_only_a_province_administrator_may_add_it()
    {
        var province = await host.AddUnitAsync("C1", kind: UnitKind.Province);
        var commune = await host.AddUnitAsync("C1-XA", province);
        var (provinceAdmin, _) = await host.AddOfficerAsync("qt.c1@test.vn", province, PostKind.None, (AppRole.Administrator, province));
        var (communeAdmin, _) = await host.AddOfficerAsync("qt.c1xa@test.vn", commune, PostKind.None, (AppRole.Administrator, commune));
        var start = new DateOnly(2027, 6, 7); // Monday
        var day = new CalendarDayInput { Date = new DateOnly(2027, 6, 10), Kind = CalendarDayKind.DayOff, Name = "Nghỉ đột xuất" };

        var before = await As(provinceAdmin, async sp => (await sp.GetRequiredService<CalendarService>().GetAsync()).AddWorkingDays(start, 7));
        var refused = await As(communeAdmin, sp => sp.GetRequiredService<CalendarAdminService>().AddAsync(day));
        var added = await As(provinceAdmin, sp => sp.GetRequiredService<CalendarAdminService>().AddAsync(day));
        var duplicate = await As(provinceAdmin, sp => sp.GetRequiredService<CalendarAdminService>().AddAsync(day));
        var after = await As(provinceAdmin, async sp => (await sp.GetRequiredService<CalendarService>().GetAsync()).AddWorkingDays(start, 7));

        Assert.Equal(OperationStatus.Forbidden, refused.Status);
        Assert.True(added.Succeeded);
        Assert.Equal(nameof(CalendarDayInput.Date), Assert.Single(duplicate.Errors).Field);
        Assert.Equal(new DateOnly(2027, 6, 16), before);
        Assert.Equal(new DateOnly(2027, 6, 17), after);
    }

    [ServiceFact]
    public async Task Removing_a_day_with_a_stale_version_is_a_conflict_and_removes_nothing()
    {
        var province = await host.AddUnitAsync("C2", kind: UnitKind.Province);
        var (admin, _) = await host.AddOfficerAsync("qt.c2@test.vn", province, PostKind.None, (AppRole.Administrator, province));
        await As(admin, sp => sp.GetRequiredService<CalendarAdminService>().AddAsync(
            new CalendarDayInput { Date = new DateOnly(2027, 7, 9), Kind = CalendarDayKind.DayOff, Name = "Thử" }));
        var stored = (await As(admin, sp => sp.GetRequiredService<CalendarAdminService>().YearAsync(2027))).Single(d => d.Date == new DateOnly(2027, 7, 9));

        var stale = await As(admin, sp => sp.GetRequiredService<CalendarAdminService>().DeleteAsync(stored.Id, stored.Version + 1));
        var done = await As(admin, sp => sp.GetRequiredService<CalendarAdminService>().DeleteAsync(stored.Id, stored.Version));

        Assert.Equal(OperationStatus.Conflict, stale.Status);
        Assert.True(done.Succeeded);
        Assert.DoesNotContain(await As(admin, sp => sp.GetRequiredService<CalendarAdminService>().YearAsync(2027)), d => d.Date == new DateOnly(2027, 7, 9));
    }
}

public sealed class CalendarAdminServiceTests_Sqlite(SqliteServiceHost host) : CalendarAdminServiceTests(host), IClassFixture<SqliteServiceHost>;

[RequiresPostgres]
public sealed class CalendarAdminServiceTests_PostgreSql(PostgresServiceHost host) : CalendarAdminServiceTests(host), IClassFixture<PostgresServiceHost>;
