using Decree73.Application.Common;
using Decree73.Application.Proposals;
using Decree73.Domain.Notifications;
using Decree73.Domain.Organisation;
using Decree73.Domain.Proposals;
using Decree73.Infrastructure.Persistence;
using Decree73.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;
using static Decree73.IntegrationTests.ComplianceScenario;

namespace Decree73.IntegrationTests;

/// <summary>
/// Sixteen heads' browsers posting the same implementation decision at once (a penetration test found 5 of 16 answered
/// 500: the losers' notification rows hit the unique dedupe key before their stale version was detected). One wins;
/// every other one is a conflict the page can explain, and nothing is stored twice.
/// </summary>
public abstract class ConcurrentDecisionTests(ServiceHost host)
{
    private readonly ComplianceScenario s = new(host);
    private static readonly DecisionDocument Implementation = new("15/QĐ-UBND", new DateOnly(2026, 3, 4), "Chủ tịch");

    [ServiceFact]
    public async Task Simultaneous_implementation_decisions_give_one_success_and_conflicts_never_an_exception()
    {
        var province = await host.AddUnitAsync("RC1", kind: UnitKind.Province);
        var a = await s.AgencyAsync("RC1-A", province);
        var id = await s.SubmitAsync(a, "Quyết định triển khai gửi đồng thời", At(3, 2));
        await s.PartyOpinionAsync(a, id, At(3, 3));
        await s.VoteAsync(a, id, At(3, 3));
        host.Time.Now = At(3, 4);
        var version = await host.InScopeAsync(sp => sp.GetRequiredService<AppDbContext>().Proposals.Where(p => p.Id == id).Select(p => p.Version).SingleAsync());
        host.CurrentUser.UserId = a.Head;

        var results = await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => Task.Run(() => host.InScopeAsync(sp =>
            sp.GetRequiredService<ProposalWorkflowService>().IssueImplementationDecisionAsync(id, version, Implementation)))));

        Assert.Single(results, r => r.Succeeded);
        Assert.All(results.Where(r => !r.Succeeded), r => Assert.Equal(OperationStatus.Conflict, r.Status));
        await host.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            Assert.Equal(ProposalState.InProgress, (await db.Proposals.SingleAsync(p => p.Id == id)).State);
            Assert.Equal(1, await db.ProposalDecisions.CountAsync(d => d.ProposalId == id && d.Kind == DecisionKind.Implementation));
            var keys = await db.Notifications.Where(n => n.ProposalId == id).Select(n => n.DedupeKey).ToListAsync();
            Assert.Equal(keys.Count, keys.Distinct().Count());
        });
    }
}

public sealed class ConcurrentDecisionTests_Sqlite(SqliteServiceHost host) : ConcurrentDecisionTests(host), IClassFixture<SqliteServiceHost>;

[RequiresPostgres]
public sealed class ConcurrentDecisionTests_PostgreSql(PostgresServiceHost host) : ConcurrentDecisionTests(host), IClassFixture<PostgresServiceHost>;
