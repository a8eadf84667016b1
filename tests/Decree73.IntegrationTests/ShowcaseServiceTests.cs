using Decree73.Application.Common;
using Decree73.Application.Showcase;
using Decree73.Domain.Access;
using Decree73.Domain.Organisation;
using Decree73.Domain.People;
using Decree73.Domain.Proposals;
using Decree73.TestSupport;
using Xunit;

namespace Decree73.IntegrationTests;

/// <summary>Exemplary models: published by the deciding head, read by the whole province and nobody else.</summary>
public abstract class ShowcaseServiceTests(ServiceHost host)
{
    [ServiceFact]
    public async Task A_completed_proposal_published_by_the_head_is_read_in_its_province_only_until_withdrawn()
    {
        var s = await AppraisalScenario.CreateAsync(host, "SC1");
        var otherProvince = await host.AddUnitAsync("SC1X", kind: UnitKind.Province);
        var (stranger, _) = await host.AddOfficerAsync("ct.sc1x@test.vn", otherProvince, PostKind.Head, (AppRole.UnitHead, otherProvince));
        var completed = await s.EvaluatedAsync("Một cửa điện tử", new DateOnly(2026, 10, 1));
        var partly = await s.EvaluatedAsync("Chưa hoàn thành", new DateOnly(2026, 10, 2), EvaluationOutcome.PartlyCompleted);

        var form = (await host.As<ShowcaseForm?, ShowcaseService>(s.HeadA.User, x => x.FormAsync(completed)))!;
        Assert.True(form.IsDecidingHead && form.CanPublish);
        Assert.Equal("90% hồ sơ trong ngày", form.Input.Indicators);
        Assert.StartsWith("Đã hoàn thành toàn bộ", form.Input.Results);
        Assert.Contains("Tiếp nhận trực tuyến", form.Input.Summary);

        var input = new ShowcaseInput { Summary = "Tiếp nhận hồ sơ trực tuyến", Results = "Giảm thời gian xử lý", Indicators = "90%" };
        Assert.Equal(OperationStatus.Forbidden, (await host.As<OperationResult<int>, ShowcaseService>(s.DeputyA.User, x => x.PublishAsync(completed, input, 0))).Status);
        Assert.Equal(OperationStatus.NotFound, (await host.As<OperationResult<int>, ShowcaseService>(s.HeadB.User, x => x.PublishAsync(completed, input, 0))).Status);
        var refused = await host.As<OperationResult<int>, ShowcaseService>(s.HeadA.User, x => x.PublishAsync(partly, input, 0));
        Assert.Equal(OperationStatus.Invalid, refused.Status);
        Assert.Equal("Chỉ nhân rộng đề xuất đã được đánh giá hoàn thành, đúng chủ trương, động cơ trong sáng, vì lợi ích chung và không gây thiệt hại.", Assert.Single(refused.Errors).Message);
        var empty = await host.As<OperationResult<int>, ShowcaseService>(s.HeadA.User, x => x.PublishAsync(completed, new ShowcaseInput(), 0));
        Assert.Equal(["Results", "Summary"], empty.Errors.Select(e => e.Field).Order().ToArray());

        var published = await host.As<OperationResult<int>, ShowcaseService>(s.HeadA.User, x => x.PublishAsync(completed, input, 0));
        Assert.True(published.Succeeded);
        foreach (var reader in new[] { s.ProposerB.User, s.MonitorOfB.User, s.Implementer.User })
        {
            var item = (await host.As<ShowcaseItem?, ShowcaseService>(reader, x => x.GetAsync(published.Value)))!;
            Assert.Equal(("Một cửa điện tử", s.CommuneA.Name), (item.Title, item.ProposerUnitName));
            Assert.Equal([published.Value], (await host.As<KeysetPage<ShowcaseItem>, ShowcaseService>(reader, x => x.ListAsync(null, 20))).Items.Select(i => i.Id).ToArray());
        }

        Assert.Null(await host.As<ShowcaseItem?, ShowcaseService>(stranger, x => x.GetAsync(published.Value)));
        Assert.Empty((await host.As<KeysetPage<ShowcaseItem>, ShowcaseService>(stranger, x => x.ListAsync(null, 20))).Items);

        var version = (await host.As<ShowcaseForm?, ShowcaseService>(s.HeadA.User, x => x.FormAsync(completed)))!.Version;
        Assert.True((await host.As<OperationResult, ShowcaseService>(s.HeadA.User, x => x.WithdrawAsync(completed, version))).Succeeded);
        Assert.Null(await host.As<ShowcaseItem?, ShowcaseService>(s.ProposerB.User, x => x.GetAsync(published.Value)));
        Assert.False((await host.As<ShowcaseForm?, ShowcaseService>(s.HeadA.User, x => x.FormAsync(completed)))!.Published);
    }
}

public sealed class ShowcaseServiceTests_Sqlite(SqliteServiceHost host) : ShowcaseServiceTests(host), IClassFixture<SqliteServiceHost>;

[RequiresPostgres]
public sealed class ShowcaseServiceTests_PostgreSql(PostgresServiceHost host) : ShowcaseServiceTests(host), IClassFixture<PostgresServiceHost>;
