using Decree73.TestSupport;
using Microsoft.Playwright;
using Xunit;
using static Decree73.BrowserTests.ProposalPages;

namespace Decree73.BrowserTests;

/// <summary>
/// Issue 13, "one place to write": the proposer types, saves the draft, attaches a file and plans a milestone on the same
/// page without losing what was typed, reads the last check of what is missing, and submits; axe-core on every state.
/// </summary>
[RequiresChromium]
public sealed class WritingInOnePlaceJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [ServiceFact]
    public async Task The_proposer_writes_attaches_plans_a_milestone_and_submits_from_one_page()
    {
        const string title = "Một cửa số hóa tiếp nhận hồ sơ đất đai";
        var page = await browser.SignInAsync(Proposer);
        await page.GotoAsync("/Proposals/Edit");
        var files = page.GetByRole(AriaRole.Region, new() { Name = "Tài liệu đính kèm" });
        await Assertions.Expect(files).ToContainTextAsync("Lưu nháp để đính kèm tệp và lập mốc tiến độ");
        await Accessibility.AssertNoViolationsAsync(page);

        // Type, save: the same page now offers the files and the milestones, and the last check lists what is missing.
        await page.GetByLabel("Tên đề xuất").FillAsync(title);
        await page.GetByRole(AriaRole.Button, new() { Name = "Lưu nháp" }).ClickAsync();
        await Assertions.Expect(Status(page)).ToHaveTextAsync("Đã lưu bản nháp.");
        var check = page.GetByRole(AriaRole.Region, new() { Name = "Kiểm tra trước khi gửi" });
        await Assertions.Expect(check).ToContainTextAsync("Còn thiếu trước khi gửi");
        await check.GetByRole(AriaRole.Link, new() { Name = "Lĩnh vực", Exact = true }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("#Input_FieldId$"));
        await Accessibility.AssertNoViolationsAsync(page);

        // Typed but not saved, then a file attached: the text is saved with it, nothing is lost.
        await FillCompletePlanAsync(page, title);
        await files.GetByLabel("Loại tài liệu").SelectOptionAsync(new SelectOptionValue { Label = "Tài liệu kèm theo đề xuất" });
        await files.GetByLabel("Tệp đính kèm").SetInputFilesAsync(new FilePayload
        {
            Name = "Kế hoạch chi tiết.docx", MimeType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document", Buffer = SampleFiles.Docx(),
        });
        await files.GetByRole(AriaRole.Button, new() { Name = "Tải lên" }).ClickAsync();
        await Assertions.Expect(Status(page)).ToHaveTextAsync("Đã đính kèm tệp.");
        await Assertions.Expect(files.GetByRole(AriaRole.Table)).ToContainTextAsync("Kế hoạch chi tiết.docx");
        await Assertions.Expect(page.GetByLabel("Kinh phí (đồng)")).ToHaveValueAsync("15.000.000");
        await Assertions.Expect(page.Locator("#Input_Plan_Necessity")).ToHaveValueAsync("Nội dung đầy đủ của " + title.ToLowerInvariant());
        await Accessibility.AssertNoViolationsAsync(page);

        // A milestone outside the plan is refused next to its field; then one inside it is added.
        var milestones = page.GetByRole(AriaRole.Region, new() { Name = "Các mốc thực hiện" });
        await milestones.GetByLabel("Nội dung mốc", new() { Exact = true }).FillAsync("Lắp đặt máy quét tại bộ phận một cửa");
        await milestones.GetByLabel("Thời hạn", new() { Exact = true }).FillAsync("01/01/2030");
        await milestones.GetByRole(AriaRole.Button, new() { Name = "Thêm mốc" }).ClickAsync();
        await Assertions.Expect(page.Locator("#new-milestone-due-error")).ToBeVisibleAsync();
        await Assertions.Expect(milestones.GetByLabel("Nội dung mốc", new() { Exact = true })).ToHaveValueAsync("Lắp đặt máy quét tại bộ phận một cửa");
        await Accessibility.AssertNoViolationsAsync(page);
        await milestones.GetByLabel("Thời hạn", new() { Exact = true }).FillAsync("15/01/2027");
        await milestones.GetByRole(AriaRole.Button, new() { Name = "Thêm mốc" }).ClickAsync();
        await Assertions.Expect(Status(page)).ToHaveTextAsync("Đã ghi nhận.");
        await Assertions.Expect(milestones.GetByLabel("Nội dung mốc 1")).ToHaveValueAsync("Lắp đặt máy quét tại bộ phận một cửa");
        await Assertions.Expect(milestones.GetByLabel("Thời hạn mốc 1")).ToHaveValueAsync("15/01/2027");
        await Assertions.Expect(check).ToContainTextAsync("Đã đủ các phần bắt buộc");
        await Accessibility.AssertNoViolationsAsync(page);
        await ScreenshotAsync(page, "issue13-writing-in-one-place.png");

        // One "Gửi đề xuất".
        await page.GetByRole(AriaRole.Button, new() { Name = "Gửi đề xuất" }).ClickAsync();
        await Assertions.Expect(Status(page)).ToContainTextAsync("Đã gửi đề xuất. Số tiếp nhận:");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(title);
    }
}
