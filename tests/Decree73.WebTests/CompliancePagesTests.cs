using System.Net;
using Decree73.TestSupport;
using Xunit;
using static Decree73.WebTests.ProposalScenarios;

namespace Decree73.WebTests;

/// <summary>The compliance pages: who may open them, what a monitoring officer may narrow them to, and the flag links.</summary>
public sealed class CompliancePagesTests(SqliteWebAppFactory factory) : IClassFixture<SqliteWebAppFactory>
{
    private static readonly string[] Pages = ["/Compliance", "/Compliance/Scorecard", "/Compliance/Flags/head-override"];

    [Theory]
    [InlineData(ProposerEmail)]
    [InlineData(HeadEmail)]
    [InlineData(DeputyEmail)]
    [InlineData(NoGrantsEmail)]
    public async Task Proposers_heads_and_leadership_members_are_refused_every_compliance_page(string email)
    {
        var client = await factory.ClientAsync(email);
        foreach (var page in Pages)
        {
            var response = await client.GetAsync(page);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("/Account/AccessDenied", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("href=\"/Compliance\"", (await client.GetDocumentAsync("/")).Body!.InnerHtml);
    }

    [Fact]
    public async Task A_ward_interior_officer_reviews_the_ward_and_gets_not_found_for_another_ward()
    {
        var client = await factory.ClientAsync(WardMonitorEmail);
        var tramLo = await factory.UnitIdAsync("TRAMLO");
        var phatTich = await factory.UnitIdAsync("PHATTICH");

        var page = await client.GetDocumentAsync("/Compliance");
        Assert.Contains("href=\"/Compliance\"", page.Body!.InnerHtml);
        Assert.Equal("Kiểm tra việc thực hiện Nghị định 73", page.QuerySelector("h1")!.TextContent);
        Assert.Equal(tramLo.ToString(), page.QuerySelector("select#unit option[selected]")!.GetAttribute("value"));
        Assert.DoesNotContain(page.QuerySelectorAll("select#unit option"), o => o.GetAttribute("value") == phatTich.ToString());
        Assert.Equal(4, page.QuerySelectorAll("figure.chart svg[role='img'] title").Length);
        Assert.Equal(4, page.QuerySelectorAll("figure.chart table").Length);

        foreach (var url in new[] { $"/Compliance?unit={phatTich}", $"/Compliance/Scorecard?unit={phatTich}", $"/Compliance/Flags/head-override?unit={phatTich}" })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(url)).StatusCode);
        }

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/Compliance/Flags/no-such-flag")).StatusCode);
    }

    [Fact]
    public async Task An_override_is_flagged_with_a_link_to_the_proposal_that_its_monitor_may_open()
    {
        var id = await factory.ProposalAtAsync(Stage.NotPassed, "Người đứng đầu quyết định thay tập thể");
        var head = await factory.ClientAsync(HeadEmail);
        var overridden = await head.PostFormAsync(id, "Override", new(Document("16/QĐ-UBND")) { ["Action.Reason"] = "Chịu trách nhiệm cá nhân" });
        Assert.Equal(HttpStatusCode.Redirect, overridden.StatusCode);

        var monitor = await factory.ClientAsync(WardMonitorEmail);
        var overview = await monitor.GetDocumentAsync("/Compliance");
        var flag = overview.QuerySelector("#flag-head-override")!;
        Assert.Contains(flag.QuerySelectorAll("a"), a => a.GetAttribute("href") == $"/Proposals/Details/{id}");
        var all = flag.QuerySelectorAll("a").Single(a => a.GetAttribute("href")!.StartsWith("/Compliance/Flags/head-override", StringComparison.Ordinal));

        var list = await monitor.GetDocumentAsync(all.GetAttribute("href")!);
        var link = list.QuerySelectorAll("table.flag-table a").Single(a => a.GetAttribute("href") == $"/Proposals/Details/{id}");
        Assert.Equal("Người đứng đầu quyết định thay tập thể", link.TextContent);
        Assert.Equal(HttpStatusCode.OK, (await monitor.GetAsync(link.GetAttribute("href")!)).StatusCode);

        // The other ward's monitor sees neither the flag nor the proposal.
        var other = await factory.ClientAsync(OtherInteriorEmail);
        Assert.DoesNotContain($"/Proposals/Details/{id}", (await other.GetDocumentAsync("/Compliance/Flags/head-override")).Body!.InnerHtml);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/Proposals/Details/{id}")).StatusCode);
    }

    [Fact]
    public async Task The_scorecard_has_a_row_per_agency_and_a_total()
    {
        var client = await factory.ClientAsync(ProvinceInteriorEmail);
        var page = await client.GetDocumentAsync("/Compliance/Scorecard?year=2026");
        Assert.Equal("Bảng theo dõi theo đơn vị", page.QuerySelector("h1")!.TextContent);
        Assert.NotNull(page.QuerySelector($"tr#unit-{await factory.UnitIdAsync("TRAMLO")}"));
        Assert.NotNull(page.QuerySelector($"tr#unit-{await factory.UnitIdAsync("PHATTICH")}"));
        Assert.Equal("Tổng cộng", page.QuerySelector("tr#unit-total th")!.TextContent);
    }
}
