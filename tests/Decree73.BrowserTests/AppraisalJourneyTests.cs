using Decree73.TestSupport;
using Microsoft.Playwright;
using Xunit;
using static Decree73.BrowserTests.ProposalPages;

namespace Decree73.BrowserTests;

/// <summary>
/// Decree73 issue 4, appraisal links: the Interior officer picks a unit and an officer, enters the year's grade and
/// credit, then opens the officer page; axe-core on each page, the officer page on a phone and on paper.
/// </summary>
[RequiresChromium]
public sealed class AppraisalJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const string WardMonitor = "noivu.tramlo@demo.decree73.vn";
    private const string Officer = "Hoàng Đức Thắng";

    [ServiceFact]
    public async Task An_Interior_officer_enters_a_grade_and_credit_then_reads_the_officer_page()
    {
        var page = await browser.SignInAsync(WardMonitor);
        await page.GetByRole(AriaRole.Link, new() { Name = "Đánh giá, xếp loại" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Liên kết đánh giá, xếp loại hằng năm");
        var unit = await page.Locator("#unitId option", new() { HasText = "Phòng Kinh tế phường Trạm Lộ" }).GetAttributeAsync("value");
        await page.GetByLabel("Đơn vị").SelectOptionAsync(unit!);
        await page.GetByLabel("Năm đánh giá").FillAsync("2026");
        await page.GetByRole(AriaRole.Button, new() { Name = "Xem" }).ClickAsync();
        await Assertions.Expect(page.Locator(".quota")).ToContainTextAsync("0 cán bộ xếp loại HTXSNV; 0 cán bộ xếp loại HTTNV; định mức 20% số xếp loại HTTNV (Nghị định 335/2025/NĐ-CP) cho phép tối đa 0.");
        await Accessibility.AssertNoViolationsAsync(page);

        await page.GetByRole(AriaRole.Link, new() { Name = Officer }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync($"Đánh giá, xếp loại năm 2026: {Officer}");
        await Assertions.Expect(page.GetByLabel("Mức xếp loại")).ToHaveValueAsync("");

        // A grade without its decision is refused next to the field, and what was typed stays.
        await page.GetByLabel("Mức xếp loại").SelectOptionAsync("Good");
        await page.GetByLabel("Ghi chú").FillAsync("Chủ trì số hóa hồ sơ một cửa.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lưu" }).ClickAsync();
        await Assertions.Expect(page.Locator("span[data-valmsg-for='Input.DecisionReference']"))
            .ToHaveTextAsync("Đã chọn mức xếp loại thì phải nhập số, ngày quyết định đánh giá, xếp loại.");
        await Assertions.Expect(page.GetByLabel("Ghi chú")).ToHaveValueAsync("Chủ trì số hóa hồ sơ một cửa.");
        await Accessibility.AssertNoViolationsAsync(page);

        await page.GetByLabel("Số, ngày quyết định xếp loại").FillAsync("125/QĐ-UBND ngày 10/12/2026");
        await page.GetByLabel("Ghi nhận kết quả đổi mới, sáng tạo theo tiêu chí đổi mới, dám nghĩ, dám làm").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Lưu" }).ClickAsync();
        await Assertions.Expect(Status(page)).ToHaveTextAsync("Đã lưu kết quả đánh giá, xếp loại.");
        await Assertions.Expect(page.GetByLabel("Mức xếp loại")).ToHaveValueAsync("Good");
        await Accessibility.AssertNoViolationsAsync(page);

        await page.GetByRole(AriaRole.Link, new() { Name = "Xem hồ sơ đổi mới sáng tạo" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync($"Hồ sơ đổi mới sáng tạo: {Officer}");
        foreach (var heading in new[] { "Đề xuất và thực hiện", "Khuyến khích", "Đánh giá, xếp loại hằng năm" })
        {
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = heading, Level = 2 })).ToBeVisibleAsync();
        }

        await Assertions.Expect(page.Locator("#profile-proposals-heading + p")).ToHaveTextAsync("Chưa có đề xuất nào.");

        var year = page.Locator("tr", new() { HasText = "125/QĐ-UBND ngày 10/12/2026" });
        await Assertions.Expect(year).ToContainTextAsync("HTTNV – Hoàn thành tốt nhiệm vụ");
        await Assertions.Expect(year).ToContainTextAsync("Có");
        await Accessibility.AssertNoViolationsAsync(page);
        var url = page.Url;

        // On a 360px phone nothing sticks out sideways; on paper only the record is left.
        var phone = await browser.SignInAsync(WardMonitor, width: 360);
        await phone.GotoAsync(url);
        var overflow = await phone.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
        await ScreenshotAsync(phone, "officer-profile-phone.png");
        Assert.True(overflow <= 0, $"The officer page is {overflow}px wider than a 360px phone.");
        await Accessibility.AssertNoViolationsAsync(phone);

        await phone.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        foreach (var element in await phone.Locator(".no-print, .site-header, nav").AllAsync())
        {
            Assert.False(await element.IsVisibleAsync(), "Visible in print: " + await element.EvaluateAsync<string>("e => e.outerHTML.slice(0, 120)"));
        }

        await Assertions.Expect(phone.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToBeVisibleAsync();
        // The appraisal table prints; the reading history ("Lịch sử truy cập") is screen-only.
        await Assertions.Expect(phone.Locator("section[aria-labelledby='profile-appraisal-heading'] table.data")).ToBeVisibleAsync();
        await Assertions.Expect(phone.Locator("#record-accesses")).ToBeHiddenAsync();
        await ScreenshotAsync(phone, "officer-profile-print.png");

        // The showcase list every signed-in user reaches from the navigation.
        await page.GetByRole(AriaRole.Link, new() { Name = "Điển hình tiên tiến" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Nhân rộng điển hình tiên tiến");
        await Accessibility.AssertNoViolationsAsync(page);
    }
}
