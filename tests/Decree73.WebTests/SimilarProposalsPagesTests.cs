using System.Net;
using Decree73.TestSupport;
using Xunit;

namespace Decree73.WebTests;

public sealed class SimilarProposalsPagesTests(SqliteWebAppFactory factory) : IClassFixture<SqliteWebAppFactory>
{
    private const string Proposer = "truongphong.kt.tramlo@demo.decree73.vn";
    private const string SaveButton = "button[formaction*='handler=Save']";
    private const string SubmitButton = "button[formaction*='handler=Submit']";

    private static Dictionary<string, string> Plan(string title) => new()
    {
        ["Input.Title"] = title, ["Input.FieldId"] = "1", ["Input.KindId"] = "1", ["Input.Necessity"] = "Người dân phải đi lại nhiều lần",
        ["Input.Purpose"] = "Giải quyết trong ngày", ["Input.Bottleneck"] = "Hồ sơ giấy chuyển tay", ["Input.RuleGap"] = "Chưa có quy định",
        ["Input.Content"] = "Tiếp nhận trực tuyến", ["Input.Scope"] = "Phường Trạm Lộ", ["Input.Implementers"] = "Bộ phận một cửa",
        ["Input.StartOn"] = "01/12/2026", ["Input.EndOn"] = "31/05/2027", ["Input.ResourcePeople"] = "2 công chức", ["Input.FundsVnd"] = "15.000.000",
        ["Input.ResourceEquipment"] = "Máy quét", ["Input.Feasibility"] = "Cao", ["Input.PositiveImpact"] = "Nhanh", ["Input.NegativeImpact"] = "Lỗi mạng",
        ["Input.ExpectedResults"] = "90% hồ sơ trong ngày",
    };

    private static async Task<int> DraftAsync(HttpClient client, string title)
    {
        var saved = await client.SubmitAsync("/Proposals/Edit", new Dictionary<string, string> { ["Input.Title"] = title }, "main form", SaveButton);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        return int.Parse(saved.Headers.Location!.OriginalString.Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture);
    }

    [Fact]
    public async Task The_draft_page_lists_submitted_proposals_with_a_similar_title_but_no_drafts()
    {
        var client = await factory.SignInAsync(Proposer);
        var earlier = await DraftAsync(client, "Đổi mới tiếp nhận hồ sơ đất đai trực tuyến");
        var submitted = await client.SubmitAsync(await client.GetDocumentAsync($"/Proposals/Edit/{earlier}"),
            Plan("Đổi mới tiếp nhận hồ sơ đất đai trực tuyến"), "main form", SubmitButton);
        Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);
        await DraftAsync(client, "Tiếp nhận hồ sơ đất đai bằng bản nháp khác");

        var id = await DraftAsync(client, "Doi moi tiep nhan ho so dat dai");
        var page = await client.GetDocumentAsync($"/Proposals/Edit/{id}");
        var section = page.QuerySelector("section.similar");

        Assert.NotNull(section);
        Assert.Equal("Đề xuất tương tự đã có", section.QuerySelector("h2")!.TextContent);
        var items = section.QuerySelectorAll("li").Select(li => li.TextContent).ToList();
        var item = Assert.Single(items);
        Assert.Contains("Đổi mới tiếp nhận hồ sơ đất đai trực tuyến", item);
        Assert.Contains("Cơ quan tiếp nhận:", item);

        var unrelated = await DraftAsync(client, "Nâng cấp thư viện");
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
            var draft = await DraftAsync(client, title);
            var submitted = await client.SubmitAsync(await client.GetDocumentAsync($"/Proposals/Edit/{draft}"), Plan(title), "main form", SubmitButton);
            Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);
        }

        var id = await DraftAsync(client, "Thử nghiệm chữ ký số");
        var items = (await client.GetDocumentAsync($"/Proposals/Edit/{id}")).QuerySelectorAll("section.similar li strong")
            .Select(li => li.TextContent).ToList();

        Assert.Equal(["Thử nghiệm chữ ký số điện tử", "Thủ tục chữ ký số"], items);
    }
}
