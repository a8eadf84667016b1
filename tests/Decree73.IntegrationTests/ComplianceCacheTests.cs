using Decree73.Domain.Calendar;
using Decree73.Application.Common;
using Decree73.Application.Compliance;
using Decree73.Domain.Organisation;
using Decree73.Infrastructure.Persistence;
using Decree73.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Xunit;
using static Decree73.IntegrationTests.ComplianceScenario;

namespace Decree73.IntegrationTests;

/// <summary>
/// The cached review: concurrent misses share one computation, and a user's own change is visible to them at once
/// while another user's change waits for the cache to expire (docs/compliance.md, "Freshness").
/// </summary>
public abstract class ComplianceCacheTests(ServiceHost host)
{
    private readonly ComplianceScenario s = new(host);

    // Long enough that no background refresh (after three quarters of it) starts during a test on a slow machine.
    private void LongCache() => host.Services.GetRequiredService<IOptions<ComplianceOptions>>().Value.CacheSeconds = 3600;

    private long Computations => host.Services.GetRequiredService<SingleFlightCache>().Computations;

    private Task<ComplianceOverview> OverviewAsync(string userId, int unitId) =>
        host.InScopeAsync(async sp =>
        {
            host.CurrentUser.UserId = userId;
            var result = await sp.GetRequiredService<ComplianceService>().OverviewAsync(unitId, 2026, null);
            Assert.True(result.Succeeded);
            return result.Value!;
        });

    [ServiceFact]
    public async Task Eight_concurrent_requests_for_the_same_review_run_one_computation_and_get_the_same_figures()
    {
        LongCache();
        var province = await host.AddUnitAsync("CC1", kind: UnitKind.Province);
        var officer = await s.InteriorOfficerAsync("CC1-SNV", province, province, UnitKind.ProvincialDepartment);
        var a = await s.AgencyAsync("CC1-A", province);
        await s.SubmitAsync(a, "Đề xuất một", At(3, 2));
        host.Time.Now = At(3, 20);
        host.CurrentUser.UserId = officer;

        var before = Computations;
        using var start = new ManualResetEventSlim();
        var callers = Enumerable.Range(0, 8).Select(_ => Task.Run(async () =>
        {
            start.Wait();
            await using var scope = host.Services.CreateAsyncScope();
            var result = await scope.ServiceProvider.GetRequiredService<ComplianceService>().OverviewAsync(province.Id, 2026, null);
            Assert.True(result.Succeeded);
            return result.Value!;
        })).ToList();
        start.Set();
        var overviews = await Task.WhenAll(callers);

        Assert.Equal(1, Computations - before);
        Assert.All(overviews, o => Assert.Equal((overviews[0].OverdueCount, overviews[0].Flags.Count), (o.OverdueCount, o.Flags.Count)));
        Assert.Equal(1, overviews[0].OverdueCount);

        await OverviewAsync(officer, province.Id); // cached
        Assert.Equal(1, Computations - before);
    }

    [ServiceFact]
    public async Task A_users_own_change_is_seen_at_once_and_another_users_change_when_the_cache_expires()
    {
        LongCache();
        var province = await host.AddUnitAsync("CC2", kind: UnitKind.Province);
        var officer = await s.InteriorOfficerAsync("CC2-SNV", province, province, UnitKind.ProvincialDepartment);
        var a = await s.AgencyAsync("CC2-A", province);
        var first = await s.SubmitAsync(a, "Đề xuất một", At(3, 2));   // due 11/3
        var second = await s.SubmitAsync(a, "Đề xuất hai", At(3, 16)); // due 25/3
        host.Time.Now = At(3, 20);
        Assert.Equal(1, (await OverviewAsync(officer, province.Id)).OverdueCount);
        var computed = Computations;

        // Another user moves the second deadline into the past: the officer still gets the cached figures.
        await MoveDeadlineAsync(a.Head, second, new DateOnly(2026, 3, 18));
        Assert.Equal(1, (await OverviewAsync(officer, province.Id)).OverdueCount);
        Assert.Equal(computed, Computations);

        // The officer's own change (any save of theirs): their next visit recomputes and shows both.
        await MoveDeadlineAsync(officer, first, new DateOnly(2026, 3, 12));
        Assert.Equal(2, (await OverviewAsync(officer, province.Id)).OverdueCount);
        Assert.Equal(computed + 1, Computations);
        Assert.Equal(2, (await OverviewAsync(officer, province.Id)).OverdueCount);
        Assert.Equal(computed + 1, Computations);
    }

    private Task MoveDeadlineAsync(string userId, int proposalId, DateOnly dueOn) =>
        host.InScopeAsync(async sp =>
        {
            host.CurrentUser.UserId = userId;
            var db = sp.GetRequiredService<AppDbContext>();
            var proposal = await db.Proposals.SingleAsync(p => p.Id == proposalId);
            proposal.AssignStep(proposal.ResponsibleOfficerId, proposal.StepSinceUtc!.Value, _ => dueOn, new WorkingCalendar([]));
            await db.SaveChangesAsync();
        });
}

public sealed class ComplianceCacheTests_Sqlite(SqliteServiceHost host) : ComplianceCacheTests(host), IClassFixture<SqliteServiceHost>;

[RequiresPostgres]
public sealed class ComplianceCacheTests_PostgreSql(PostgresServiceHost host) : ComplianceCacheTests(host), IClassFixture<PostgresServiceHost>;
