using System.Net;
using Decree73.TestSupport;
using Xunit;

namespace Decree73.WebTests;

public sealed class SimilarProposalsPagesTests(SqliteWebAppFactory factory) : IClassFixture<SqliteWebAppFactory>
{
    private const string Proposer = "truongphong.kt.tramlo@demo.decree73.vn";

    [Fact]
    public async Task The_draft_page_lists_submitted_proposals_with_a_similar_title_but_no_drafts()
    {
        var client = await factory.SignInAsync(Proposer);
        var earlier = await client.DraftAsync("Đổi mới tiếp nhận hồ sơ đất đai trực tuyến");
        var submitted = await client.SubmitAsync(await client.GetDocumentAsync($"/Proposals/Edit/{earlier}"),
            ProposalScenarios.FullPlan("Đổi mới tiếp nhận hồ sơ đất đai trực tuyến"), "main form", ProposalScenarios.SubmitButton);
        Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);
        await client.DraftAsync("Tiếp nhận hồ sơ đất đai bằng bản nháp khác");

        var id = await client.DraftAsync("Doi moi tiep nhan ho so dat dai");
        var page = await client.GetDocumentAsync($"/Proposals/Edit/{id}");
        var section = page.QuerySelector("section.similar");

        Assert.NotNull(section);
        Assert.Equal("Đề xuất tương tự đã có", section.QuerySelector("h2")!.TextContent);
        var items = section.QuerySelectorAll("li").Select(li => li.TextContent).ToList();
        var item = Assert.Single(items);
        Assert.Contains("Đổi mới tiếp nhận hồ sơ đất đai trực tuyến", item);
        Assert.Contains("Cơ quan tiếp nhận:", item);

        var unrelated = await client.DraftAsync("Nâng cấp thư viện");
        var quiet = await client.GetDocumentAsync($"/Proposals/Edit/{unrelated}");
        Assert.Empty(quiet.QuerySelectorAll("section.similar li"));
        Assert.Contains("Chưa có đề xuất nào", quiet.QuerySelector("section.similar")!.TextContent);
    }

    [Fact]
    public async Task The_draft_page_ranks_thu_nghiem_before_thu_tuc_and_leaves_out_a_title_sharing_one_syllable()
    {
        var client = await factory.SignInAsync(Proposer);
        foreach (var title in new[] { "Thử nghiệm chữ ký số điện tử", "Thủ tục chữ ký số", "Kinh nghiệm thủ tục hành chính" })
        {
            var draft = await client.DraftAsync(title);
            var submitted = await client.SubmitAsync(await client.GetDocumentAsync($"/Proposals/Edit/{draft}"), ProposalScenarios.FullPlan(title), "main form", ProposalScenarios.SubmitButton);
            Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);
        }

        var id = await client.DraftAsync("Thử nghiệm chữ ký số");
        var items = (await client.GetDocumentAsync($"/Proposals/Edit/{id}")).QuerySelectorAll("section.similar li strong")
            .Select(li => li.TextContent).ToList();

        Assert.Equal(["Thử nghiệm chữ ký số điện tử", "Thủ tục chữ ký số"], items);
    }
}
