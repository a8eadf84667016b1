using Decree73.TestSupport;
using Microsoft.Playwright;
using Xunit;

namespace Decree73.BrowserTests;

[RequiresChromium]
public sealed class ProposalJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private async Task<IPage> SignInAsync(string email)
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/Account/Login");
        await page.GetByLabel("Thư điện tử").FillAsync(email);
        await page.GetByLabel("Mật khẩu").FillAsync(browser.App.DemoPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập" }).ClickAsync();
        await page.LeftLoginPageAsync();
        return page;
    }

    [ServiceFact]
    public async Task A_proposer_drafts_submits_and_the_head_of_the_ward_finds_it_by_a_search_without_diacritics()
    {
        var page = await SignInAsync("truongphong.kt.tramlo@demo.decree73.vn");
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Điều hướng chính" }).GetByRole(AriaRole.Link, new() { Name = "Đề xuất" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Soạn đề xuất" }).ClickAsync();
        await Accessibility.AssertNoViolationsAsync(page);

        await page.GetByLabel("Tên đề xuất").FillAsync("Đổi mới tiếp nhận hồ sơ đất đai");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lưu nháp" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Đã lưu bản nháp.");

        await page.GetByRole(AriaRole.Button, new() { Name = "Gửi đề xuất" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-valmsg-for='Input.Plan.Necessity']")).ToContainTextAsync("bắt buộc khi gửi");
        await Accessibility.AssertNoViolationsAsync(page);

        await page.GetByLabel("Lĩnh vực").SelectOptionAsync(new SelectOptionValue { Label = "Cải cách thủ tục hành chính" });
        await page.GetByLabel("Loại đổi mới, sáng tạo").SelectOptionAsync(new SelectOptionValue { Label = "Rút ngắn thời gian giải quyết thủ tục" });
        foreach (var label in new[]
                 {
                     "Sự cần thiết", "Mục đích, yêu cầu", "Điểm nghẽn, nút thắt cần tháo gỡ", "Quy định còn thiếu hoặc không phù hợp với thực tiễn",
                     "Nội dung, nhiệm vụ, giải pháp", "Phạm vi", "Đối tượng thực hiện", "Nguồn lực con người", "Tính khả thi",
                     "Tác động tích cực", "Tác động tiêu cực, rủi ro", "Dự kiến hiệu quả (có chỉ tiêu đo được)",
                 })
        {
            await page.GetByLabel(label, new() { Exact = true }).FillAsync("Nội dung cho mục " + label.ToLowerInvariant());
        }

        await page.GetByLabel("Ngày bắt đầu").FillAsync("01/12/2026");
        await page.GetByLabel("Ngày kết thúc").FillAsync("30/06/2027");
        await page.GetByLabel("Kinh phí (đồng)").FillAsync("20.000.000");
        await page.GetByRole(AriaRole.Button, new() { Name = "Gửi đề xuất" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Đã gửi đề xuất. Số tiếp nhận:");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Đổi mới tiếp nhận hồ sơ đất đai");
        await Accessibility.AssertNoViolationsAsync(page);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = BrowserFixture.ArtifactPath("proposal-submitted.png"), FullPage = true });

        var head = await SignInAsync("chutich.tramlo@demo.decree73.vn");
        await head.GotoAsync("/Proposals");
        await head.GetByLabel("Tìm theo tên (không cần dấu)").FillAsync("doi moi tiep nhan");
        await head.GetByRole(AriaRole.Button, new() { Name = "Lọc" }).ClickAsync();
        await head.GetByRole(AriaRole.Link, new() { Name = "Đổi mới tiếp nhận hồ sơ đất đai" }).ClickAsync();
        await Assertions.Expect(head.Locator("dl.facts")).ToContainTextAsync("ngày làm việc");
        await Accessibility.AssertNoViolationsAsync(head);
    }

    [ServiceFact]
    public async Task The_head_records_the_party_opinion_and_a_tied_vote_that_his_side_wins_then_issues_the_decision()
    {
        // A complete proposal submitted by the proposer through the form.
        var proposer = await SignInAsync("truongphong.kt.tramlo@demo.decree73.vn");
        await proposer.GotoAsync("/Proposals/Edit");
        await proposer.GetByLabel("Tên đề xuất").FillAsync("Ký số hồ sơ hộ tịch");
        await proposer.GetByLabel("Lĩnh vực").SelectOptionAsync(new SelectOptionValue { Label = "Chuyển đổi số" });
        await proposer.GetByLabel("Loại đổi mới, sáng tạo").SelectOptionAsync(new SelectOptionValue { Label = "Ứng dụng công nghệ thông tin, số hóa hồ sơ" });
        foreach (var textarea in await proposer.Locator("textarea").AllAsync())
        {
            await textarea.FillAsync("Nội dung đầy đủ");
        }

        await proposer.GetByLabel("Ngày bắt đầu").FillAsync("01/12/2026");
        await proposer.GetByLabel("Ngày kết thúc").FillAsync("31/03/2027");
        await proposer.GetByRole(AriaRole.Button, new() { Name = "Gửi đề xuất" }).ClickAsync();
        await Assertions.Expect(proposer.GetByRole(AriaRole.Status)).ToContainTextAsync("Số tiếp nhận");
        var url = proposer.Url;

        var head = await SignInAsync("chutich.tramlo@demo.decree73.vn");
        await head.GotoAsync(url);
        await Accessibility.AssertNoViolationsAsync(head);
        await head.GetByRole(AriaRole.Button, new() { Name = "Ghi nhận đã có ý kiến cấp ủy cùng cấp" }).ClickAsync();
        await Assertions.Expect(head.GetByText("Đã có ý kiến cấp ủy cùng cấp.")).ToBeVisibleAsync();

        // Art. 5(1) findings first, then the tied vote (head for, deputy against).
        await ProposalPages.VoteAsync(head, headInFavour: true, deputyInFavour: false);
        await Assertions.Expect(head.Locator("dl.facts")).ToContainTextAsync("Đã thông qua");

        await head.GetByLabel("Số, ký hiệu văn bản").FillAsync("25/QĐ-UBND");
        await head.GetByLabel("Ngày ký").FillAsync("26/11/2026");
        await head.GetByLabel("Người ký").FillAsync("Lê Văn Minh");
        await head.Locator("#decision-confirm").CheckAsync();
        await head.GetByRole(AriaRole.Button, new() { Name = "Ban hành quyết định triển khai" }).ClickAsync();

        await Assertions.Expect(head.Locator("dl.facts")).ToContainTextAsync("Đang triển khai");
        // The history lists the same document number among its changes; the decision is in the decisions section.
        await Assertions.Expect(head.GetByRole(AriaRole.Region, new() { Name = "Các quyết định" }).GetByRole(AriaRole.Listitem).Filter(new() { HasText = "25/QĐ-UBND" }))
            .ToContainTextAsync("Quyết định triển khai");
        await Accessibility.AssertNoViolationsAsync(head);
        await head.ScreenshotAsync(new PageScreenshotOptions { Path = BrowserFixture.ArtifactPath("proposal-in-progress.png"), FullPage = true });
    }
}
