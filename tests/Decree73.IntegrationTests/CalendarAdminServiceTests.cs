using Decree73.Application.Calendar;
using Decree73.Application.Common;
using Decree73.Application.Proposals;
using Decree73.Domain.Audit;
using Decree73.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
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
    [ServiceFact]
    public async Task A_new_day_off_moves_the_deadline_and_only_a_province_administrator_may_add_it()
    {
        var province = await host.AddUnitAsync("C1", kind: UnitKind.Province);
        var commune = await host.AddUnitAsync("C1-XA", province);
        var (provinceAdmin, _) = await host.AddOfficerAsync("qt.c1@test.vn", province, PostKind.None, (AppRole.Administrator, province));
        var (communeAdmin, _) = await host.AddOfficerAsync("qt.c1xa@test.vn", commune, PostKind.None, (AppRole.Administrator, commune));
        var start = new DateOnly(2027, 6, 7); // Monday
        var day = new CalendarDayInput { Date = new DateOnly(2027, 6, 10), Kind = CalendarDayKind.DayOff, Name = "Nghỉ đột xuất" };

        var before = await host.As(provinceAdmin, async (CalendarService s) => (await s.GetAsync()).AddWorkingDays(start, 7));
        var refused = await host.As(communeAdmin, (CalendarAdminService s) => s.AddAsync(day));
        var added = await host.As(provinceAdmin, (CalendarAdminService s) => s.AddAsync(day));
        var duplicate = await host.As(provinceAdmin, (CalendarAdminService s) => s.AddAsync(day));
        var after = await host.As(provinceAdmin, async (CalendarService s) => (await s.GetAsync()).AddWorkingDays(start, 7));

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
        await host.As(admin, (CalendarAdminService s) => s.AddAsync(
            new CalendarDayInput { Date = new DateOnly(2027, 7, 9), Kind = CalendarDayKind.DayOff, Name = "Thử" }));
        var stored = (await host.As(admin, (CalendarAdminService s) => s.YearAsync(2027))).Single(d => d.Date == new DateOnly(2027, 7, 9));

        var stale = await host.As(admin, (CalendarAdminService s) => s.DeleteAsync(stored.Id, stored.Version + 1));
        var done = await host.As(admin, (CalendarAdminService s) => s.DeleteAsync(stored.Id, stored.Version));

        Assert.Equal(OperationStatus.Conflict, stale.Status);
        Assert.True(done.Succeeded);
        Assert.DoesNotContain(await host.As(admin, (CalendarAdminService s) => s.YearAsync(2027)), d => d.Date == new DateOnly(2027, 7, 9));
    }

    private async Task<int> SubmitAsync(string proposer, string title, DateTimeOffset at)
    {
        host.Time.Now = at;
        return await host.SubmittedAsync(proposer, ProposalInputs.Complete(title, startOn: new DateOnly(2026, 9, 15), endOn: new DateOnly(2026, 12, 30)));
    }

    private Task<Domain.Proposals.Proposal> Load(int id) =>
        host.InScopeAsync(sp => sp.GetRequiredService<AppDbContext>().Proposals.AsNoTracking().SingleAsync(p => p.Id == id));

    [ServiceFact]
    public async Task The_migrated_calendar_has_the_national_day_2026_swap_and_2027_is_provisional()
    {
        var province = await host.AddUnitAsync("C3", kind: UnitKind.Province);
        var commune = await host.AddUnitAsync("C3-XA", province);
        var (proposer, _) = await host.AddOfficerAsync("tp.c3@test.vn", commune, PostKind.Manager, (AppRole.Proposer, commune));
        await host.AddOfficerAsync("ct.c3@test.vn", commune, PostKind.Head, (AppRole.UnitHead, commune));

        // Received Thursday 27/8/2026 (10:00 in Hà Nội): 28/8; Saturday 29 to Wednesday 2/9 off; 3, 4, 7, 8, 9, 10/9.
        var id = await SubmitAsync(proposer, "Nhận trước Quốc khánh", new DateTimeOffset(2026, 8, 27, 3, 0, 0, TimeSpan.Zero));
        var proposal = await Load(id);
        Assert.Equal(new DateOnly(2026, 9, 10), proposal.DecisionDueOn);
        Assert.Equal(new DateOnly(2026, 9, 10), proposal.StepDueOn);

        var years = await host.InScopeAsync(sp => sp.GetRequiredService<AppDbContext>().CalendarYears.AsNoTracking().OrderBy(y => y.Year).ToListAsync());
        Assert.Equal([(2025, true), (2026, true), (2027, false)], years.Select(y => (y.Year, y.Confirmed)));
    }

    [ServiceFact]
    public async Task A_calendar_change_moves_the_open_steps_whose_window_holds_the_day_with_an_audit_entry()
    {
        var province = await host.AddUnitAsync("C4", kind: UnitKind.Province);
        var commune = await host.AddUnitAsync("C4-XA", province);
        var (admin, _) = await host.AddOfficerAsync("qt.c4@test.vn", province, PostKind.None, (AppRole.Administrator, province));
        var (proposer, _) = await host.AddOfficerAsync("tp.c4@test.vn", commune, PostKind.Manager, (AppRole.Proposer, commune));
        await host.AddOfficerAsync("ct.c4@test.vn", commune, PostKind.Head, (AppRole.UnitHead, commune));

        // Received Monday 07/6/2027: due Wednesday 16/6. Received Monday 21/6/2027: due Wednesday 30/6 (window after 10/6).
        var inside = await SubmitAsync(proposer, "Cửa sổ chứa ngày đổi", new DateTimeOffset(2027, 6, 7, 3, 0, 0, TimeSpan.Zero));
        var outside = await SubmitAsync(proposer, "Cửa sổ sau ngày đổi", new DateTimeOffset(2027, 6, 21, 3, 0, 0, TimeSpan.Zero));
        Assert.Equal(new DateOnly(2027, 6, 16), (await Load(inside)).StepDueOn);
        var outsideBefore = await Load(outside);

        var added = await host.As(admin, (CalendarAdminService s) => s.AddAsync(
            new CalendarDayInput { Date = new DateOnly(2027, 6, 10), Kind = CalendarDayKind.DayOff, Name = "Nghỉ đột xuất" }));
        Assert.True(added.Succeeded);

        var moved = await Load(inside);
        Assert.Equal((new DateOnly(2027, 6, 17), new DateOnly(2027, 6, 17)), (moved.DecisionDueOn!.Value, moved.StepDueOn!.Value));
        Assert.Equal((outsideBefore.StepDueOn, outsideBefore.Version), ((await Load(outside)).StepDueOn, (await Load(outside)).Version));
        var trail = await host.InScopeAsync(sp => sp.GetRequiredService<AppDbContext>().AuditEntries.AsNoTracking()
            .Where(a => a.ProposalId == inside).OrderBy(a => a.Sequence).ToListAsync());
        var entry = trail[^1];
        Assert.Equal(AuditActions.DeadlinesRecomputed, entry.Action);
        Assert.Contains("2027-06-16", entry.Before, StringComparison.Ordinal);
        Assert.Contains("2027-06-17", entry.After, StringComparison.Ordinal);
        Assert.DoesNotContain(await host.InScopeAsync(sp => sp.GetRequiredService<AppDbContext>().AuditEntries.AsNoTracking()
            .Where(a => a.ProposalId == outside).Select(a => a.Action).ToListAsync()), a => a == AuditActions.DeadlinesRecomputed);

        // Removing the day again moves it back, with a second entry.
        var day = (await host.As(admin, (CalendarAdminService s) => s.YearAsync(2027))).Single(d => d.Date == new DateOnly(2027, 6, 10));
        Assert.True((await host.As(admin, (CalendarAdminService s) => s.DeleteAsync(day.Id, day.Version))).Succeeded);
        Assert.Equal(new DateOnly(2027, 6, 16), (await Load(inside)).StepDueOn);
    }

    [ServiceFact]
    public async Task Only_a_province_administrator_confirms_a_year_and_a_reference_is_required()
    {
        var province = await host.AddUnitAsync("C5", kind: UnitKind.Province);
        var commune = await host.AddUnitAsync("C5-XA", province);
        var (admin, _) = await host.AddOfficerAsync("qt.c5@test.vn", province, PostKind.None, (AppRole.Administrator, province));
        var (communeAdmin, _) = await host.AddOfficerAsync("qt.c5xa@test.vn", commune, PostKind.None, (AppRole.Administrator, commune));
        host.Time.Now = new DateTimeOffset(2026, 11, 2, 3, 0, 0, TimeSpan.Zero);

        Assert.True(await host.As(admin, (CalendarAdminService s) => s.NextYearConfirmationOverdueAsync()));
        Assert.Equal(OperationStatus.Forbidden, (await host.As(communeAdmin, (CalendarAdminService s) => s.SetYearAsync(2027, true, "x"))).Status);
        Assert.Equal(OperationStatus.Invalid, (await host.As(admin, (CalendarAdminService s) => s.SetYearAsync(2027, true, " "))).Status);
        Assert.True((await host.As(admin, (CalendarAdminService s) => s.SetYearAsync(2027, true, "Thông báo 1/TB-BNV"))).Succeeded);
        Assert.False(await host.As(admin, (CalendarAdminService s) => s.NextYearConfirmationOverdueAsync()));
        Assert.True((await host.As(admin, (CalendarAdminService s) => s.SetYearAsync(2027, false, null))).Succeeded);
        Assert.False((await host.As(admin, (CalendarAdminService s) => s.YearStatusAsync(2027)))!.Confirmed);

        // Before 1 November no warning.
        host.Time.Now = new DateTimeOffset(2026, 10, 30, 3, 0, 0, TimeSpan.Zero);
        Assert.False(await host.As(admin, (CalendarAdminService s) => s.NextYearConfirmationOverdueAsync()));
    }
}

public sealed class CalendarAdminServiceTests_Sqlite(SqliteServiceHost host) : CalendarAdminServiceTests(host), IClassFixture<SqliteServiceHost>;

[RequiresPostgres]
public sealed class CalendarAdminServiceTests_PostgreSql(PostgresServiceHost host) : CalendarAdminServiceTests(host), IClassFixture<PostgresServiceHost>;
