using Decree73.TestSupport;
using Xunit;
using static Decree73.WebTests.ProposalScenarios;

namespace Decree73.WebTests;

/// <summary>Decree73 issue 13: the home page is each person's start, not "Xin chào" and a list of roles.</summary>
public sealed class HomePageTests(SqliteWebAppFactory factory) : IClassFixture<SqliteWebAppFactory>
{
    [Fact]
    public async Task The_head_sees_how_many_tasks_wait_and_the_most_urgent_with_their_deadlines()
    {
        var id = await factory.ProposalAtAsync(Stage.Submitted, "Việc chờ trên trang chủ");
        var head = await factory.ClientAsync(HeadEmail);

        var home = await head.GetDocumentAsync("/");

        var tasks = home.QuerySelector("section#home-tasks")!;
        Assert.Matches(@"\d+ việc đang chờ bạn", tasks.TextContent);
        var urgent = tasks.QuerySelectorAll("ol.urgent li");
        Assert.InRange(urgent.Length, 1, 3);
        Assert.Contains(urgent, li => li.QuerySelector($"a[href='/Proposals/Details/{id}']") is not null);
        Assert.All(urgent, li => Assert.Matches(@"\d{2}/\d{2}/\d{4}|Không có hạn luật định", li.TextContent));
        Assert.NotNull(tasks.QuerySelector("a[href='/Tasks']"));
    }

    [Fact]
    public async Task A_proposer_starts_a_proposal_and_an_interior_officer_sees_red_flags_and_reports()
    {
        var proposer = await (await factory.ClientAsync(ProposerEmail)).GetDocumentAsync("/");
        Assert.Equal("Soạn đề xuất", proposer.QuerySelector("main a[href='/Proposals/Edit']")!.TextContent.Trim());

        var interior = await (await factory.ClientAsync(WardMonitorEmail)).GetDocumentAsync("/");
        Assert.NotNull(interior.QuerySelector("main a[href='/Compliance']"));
        Assert.NotNull(interior.QuerySelector("main a[href='/Reports']"));
        Assert.Null(interior.QuerySelector("main a[href='/Proposals/Edit']"));
    }

    [Fact]
    public async Task The_header_names_the_officer_and_their_unit_not_the_login_email()
    {
        var home = await (await factory.ClientAsync(HeadEmail)).GetDocumentAsync("/");

        Assert.Equal($"{HeadName} – UBND phường Trạm Lộ", home.QuerySelector(".user-name")!.TextContent.Trim());
    }
}
