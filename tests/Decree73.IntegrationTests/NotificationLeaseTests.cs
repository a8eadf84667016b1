using Decree73.Application.Common;
using Decree73.Application.Proposals;
using Decree73.Domain.Access;
using Decree73.Domain.Organisation;
using Decree73.Domain.People;
using Decree73.Infrastructure.Notifications;
using Decree73.Infrastructure.Persistence;
using Decree73.Infrastructure.ScaleOut;
using Decree73.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Decree73.IntegrationTests;

/// <summary>
/// Issue 15: the notification pass runs on one instance at a time among several on one database, through a lease row
/// taken with one conditional UPDATE; the holder renews it, a stopped holder releases it, a dead holder loses it at
/// expiry; and each e-mail still goes out at most once.
/// </summary>
public abstract class NotificationLeaseTests(ServiceHost host)
{
    private static readonly TimeSpan Duration = TimeSpan.FromMinutes(30);

    private DatabaseLeases Contender(string id) =>
        new(host.Services.GetRequiredService<IServiceScopeFactory>(), new InstanceIdentity(id), host.Time);

    [ServiceFact]
    public async Task Of_two_contenders_one_holds_the_lease_until_it_expires_or_is_released()
    {
        var a = Contender("app-a");
        var b = Contender("app-b");
        const string name = "lease-test-1";

        Assert.True(await a.TryAcquireAsync(name, Duration));
        Assert.False(await b.TryAcquireAsync(name, Duration));
        Assert.Equal("app-a", await a.HolderAsync(name));

        // A renews before the end; B still cannot take it.
        host.Time.Advance(TimeSpan.FromMinutes(20));
        Assert.True(await a.TryAcquireAsync(name, Duration));
        host.Time.Advance(TimeSpan.FromMinutes(20));
        Assert.False(await b.TryAcquireAsync(name, Duration));

        // A dies: at expiry B takes over, and A (back) does not get it back.
        host.Time.Advance(TimeSpan.FromMinutes(11));
        Assert.True(await b.TryAcquireAsync(name, Duration));
        Assert.False(await a.TryAcquireAsync(name, Duration));

        // Released by a graceful stop: A takes it at once.
        await a.ReleaseAsync(name); // not the holder: nothing changes
        Assert.False(await a.TryAcquireAsync(name, Duration));
        await b.ReleaseAsync(name);
        Assert.True(await a.TryAcquireAsync(name, Duration));
        Assert.Equal(1, await host.InScopeAsync(sp => sp.GetRequiredService<AppDbContext>().Leases.CountAsync(l => l.Name == name)));
    }

    [ServiceFact]
    public async Task Of_many_contenders_racing_for_a_new_lease_exactly_one_wins()
    {
        var contenders = Enumerable.Range(1, 8).Select(i => Contender($"app-{i}")).ToList();

        var results = await Task.WhenAll(contenders.Select(c => Task.Run(() => c.TryAcquireAsync("lease-test-2", Duration))));

        Assert.Equal(1, results.Count(won => won));
    }

    [ServiceFact]
    public async Task Two_instances_running_the_pass_at_once_send_each_email_once_and_only_the_holder_runs()
    {
        var province = await host.AddUnitAsync("LE", kind: UnitKind.Province);
        var commune = await host.AddUnitAsync("LE-XA", province);
        var (proposer, _) = await host.AddOfficerAsync("tp.le@test.vn", commune, PostKind.Manager, (AppRole.Proposer, commune));
        await host.AddOfficerAsync("ct.le@test.vn", commune, PostKind.Head, (AppRole.UnitHead, commune));
        await host.SubmittedAsync(proposer, ProposalInputs.Complete("Hai máy chủ một thư"));
        host.CurrentUser.UserId = null;

        await using var smtp = new SmtpTestServer();
        await using var first = new NotificationRuntime(host, smtp.Port, new Dictionary<string, string?> { ["Instance:Id"] = "app-a" });
        await using var second = new NotificationRuntime(host, smtp.Port, new Dictionary<string, string?> { ["Instance:Id"] = "app-b" });
        var a = first.Services.GetRequiredService<NotificationBackgroundService>();
        var b = second.Services.GetRequiredService<NotificationBackgroundService>();
        await a.ReleaseAsync();
        await b.ReleaseAsync();

        var outcomes = new List<PassOutcome>();
        for (var round = 0; round < 3; round++)
        {
            outcomes.AddRange(await Task.WhenAll(Task.Run(() => a.RunPassAsync()), Task.Run(() => b.RunPassAsync())));
        }

        Assert.DoesNotContain(PassOutcome.Failed, outcomes);
        Assert.Equal(3, outcomes.Count(o => o == PassOutcome.Ran));
        Assert.Equal(3, outcomes.Count(o => o == PassOutcome.NotHolder));
        Assert.Single(smtp.Messages, m => m.RcptTo.Contains("ct.le@test.vn") && m.Subject.Contains("Hai máy chủ một thư"));

        // The holder stops gracefully: the other instance runs the next pass.
        var holder = await first.Services.GetRequiredService<DatabaseLeases>().HolderAsync(NotificationBackgroundService.LeaseName);
        var (stopping, other) = holder == "app-a" ? (a, b) : (b, a);
        await stopping.StopAsync(CancellationToken.None);
        Assert.Equal(PassOutcome.Ran, await other.RunPassAsync());
        Assert.Equal(PassOutcome.NotHolder, await stopping.RunPassAsync());
    }
}

public sealed class NotificationLeaseTests_Sqlite(SqliteServiceHost host) : NotificationLeaseTests(host), IClassFixture<SqliteServiceHost>;

[RequiresPostgres]
public sealed class NotificationLeaseTests_PostgreSql(PostgresServiceHost host) : NotificationLeaseTests(host), IClassFixture<PostgresServiceHost>;
