using Decree73.Domain.Calendar;
using Decree73.Application;
using Decree73.Application.Abstractions;
using Decree73.Application.Compliance;
using Decree73.Domain.Organisation;
using Decree73.Infrastructure;
using Decree73.Infrastructure.Persistence;
using Decree73.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Xunit;
using static Decree73.IntegrationTests.ComplianceScenario;

namespace Decree73.IntegrationTests;

/// <summary>
/// Issue 15: two instances (two containers, two memory caches) on one database, with the write clock in the database
/// (Compliance:WriteClock=Database): a user's own change made through one instance is in the review the other serves
/// them next, while another user's change waits, as on one instance, for the cache to expire.
/// </summary>
public abstract class SharedWriteClockTests(ServiceHost host)
{
    private readonly ComplianceScenario s = new(host);

    private ServiceProvider Instance(string clock)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = host.Provider.ToString(),
            ["Database:ConnectionString"] = host.Database.ConnectionString,
            ["Database:DataDirectory"] = host.Database.DataDirectory,
            ["Compliance:WriteClock"] = clock,
            ["Compliance:CacheSeconds"] = "3600",
        }).Build();
        var collection = new ServiceCollection();
        collection.AddLogging();
        collection.AddSingleton<TimeProvider>(host.Time);
        collection.AddSingleton(host.CurrentUser);
        collection.AddScoped<ICurrentUser>(sp => sp.GetRequiredService<TestCurrentUser>());
        collection.AddInfrastructure(configuration, host.Database.DataDirectory);
        collection.AddApplication();
        return collection.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
    }

    private async Task<int> OverdueAsync(IServiceProvider instance, string userId, int unitId)
    {
        await using var scope = instance.CreateAsyncScope();
        host.CurrentUser.UserId = userId;
        var result = await scope.ServiceProvider.GetRequiredService<ComplianceService>().OverviewAsync(unitId, 2026, null);
        Assert.True(result.Succeeded);
        return result.Value!.OverdueCount;
    }

    private static async Task MoveDeadlineAsync(IServiceProvider instance, TestCurrentUser user, string userId, int proposalId, DateOnly dueOn)
    {
        await using var scope = instance.CreateAsyncScope();
        user.UserId = userId;
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var proposal = await db.Proposals.SingleAsync(p => p.Id == proposalId);
        proposal.AssignStep(proposal.ResponsibleOfficerId, proposal.StepSinceUtc!.Value, _ => dueOn, new WorkingCalendar([]));
        await db.SaveChangesAsync();
    }

    [ServiceFact]
    public async Task A_users_change_through_one_instance_is_in_their_next_review_on_the_other()
    {
        var province = await host.AddUnitAsync("WC1", kind: UnitKind.Province);
        var officer = await s.InteriorOfficerAsync("WC1-SNV", province, province, UnitKind.ProvincialDepartment);
        var a = await s.AgencyAsync("WC1-A", province);
        await s.SubmitAsync(a, "Đề xuất một", At(3, 2));               // due 11/3
        var second = await s.SubmitAsync(a, "Đề xuất hai", At(3, 16)); // due 25/3
        var third = await s.SubmitAsync(a, "Đề xuất ba", At(3, 17));   // due 26/3
        host.Time.Now = At(3, 20);
        await using var instanceA = Instance("Database");
        await using var instanceB = Instance("Database");

        Assert.Equal(1, await OverdueAsync(instanceB, officer, province.Id)); // computed and cached on B
        Assert.Equal(1, await OverdueAsync(instanceA, officer, province.Id)); // and on A

        // The officer's own change, through A: B's cached review is older than it, so B recomputes.
        await MoveDeadlineAsync(instanceA, host.CurrentUser, officer, second, new DateOnly(2026, 3, 18));
        Assert.Equal(2, await OverdueAsync(instanceB, officer, province.Id));
        Assert.Equal(2, await OverdueAsync(instanceA, officer, province.Id));

        // Another user's change, through A: the officer keeps B's cached figures until they expire (CacheSeconds).
        await MoveDeadlineAsync(instanceA, host.CurrentUser, a.Head, third, new DateOnly(2026, 3, 19));
        Assert.Equal(2, await OverdueAsync(instanceB, officer, province.Id));
    }

    [ServiceFact]
    public async Task With_the_in_process_clock_the_other_instance_serves_its_older_review()
    {
        // The control: what Compliance:WriteClock=Memory gives with two instances, and why the database clock exists.
        var province = await host.AddUnitAsync("WC2", kind: UnitKind.Province);
        var officer = await s.InteriorOfficerAsync("WC2-SNV", province, province, UnitKind.ProvincialDepartment);
        var a = await s.AgencyAsync("WC2-A", province);
        await s.SubmitAsync(a, "Đề xuất một", At(3, 2));
        var second = await s.SubmitAsync(a, "Đề xuất hai", At(3, 16));
        host.Time.Now = At(3, 20);
        await using var instanceA = Instance("Memory");
        await using var instanceB = Instance("Memory");

        Assert.Equal(1, await OverdueAsync(instanceB, officer, province.Id));
        await MoveDeadlineAsync(instanceA, host.CurrentUser, officer, second, new DateOnly(2026, 3, 18));
        Assert.Equal(2, await OverdueAsync(instanceA, officer, province.Id));
        Assert.Equal(1, await OverdueAsync(instanceB, officer, province.Id));
    }
}

public sealed class SharedWriteClockTests_Sqlite(SqliteServiceHost host) : SharedWriteClockTests(host), IClassFixture<SqliteServiceHost>;

[RequiresPostgres]
public sealed class SharedWriteClockTests_PostgreSql(PostgresServiceHost host) : SharedWriteClockTests(host), IClassFixture<PostgresServiceHost>;
