using System.Diagnostics;
using System.Text.RegularExpressions;
using Decree73.TestSupport;
using Microsoft.Playwright;
using Xunit;

namespace Decree73.BrowserTests;

/// <summary>An Interior officer writes the periodic report, submits it, reads it frozen and downloads the .docx.</summary>
[RequiresChromium]
[RequiresLibreOffice]
public sealed class ReportJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private async Task SignInAsync(IPage page, string email)
    {
        await page.GotoAsync("/Account/Login");
        await page.GetByLabel("Thư điện tử").FillAsync(email);
        await page.GetByLabel("Mật khẩu").FillAsync(browser.App.DemoPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập" }).ClickAsync();
        await page.LeftLoginPageAsync();
    }

    private static async Task AssertFitsAsync(IPage page)
    {
        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
        Assert.True(overflow <= 0, $"{page.Url} is {overflow}px wider than the screen.");
    }

    [ServiceFact]
    public async Task An_interior_officer_writes_the_draft_submits_it_reads_it_frozen_and_downloads_the_docx()
    {
        var page = await browser.NewPageAsync();
        await SignInAsync(page, "noivu.tramlo@demo.decree73.vn");

        await page.GetByRole(AriaRole.Navigation, new() { Name = "Điều hướng chính" }).GetByRole(AriaRole.Link, new() { Name = "Báo cáo định kỳ" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Báo cáo định kỳ");
        await Accessibility.AssertNoViolationsAsync(page);
        await page.GetByRole(AriaRole.Link, new() { Name = "Tạo báo cáo mới" }).ClickAsync();
        await Accessibility.AssertNoViolationsAsync(page);

        await page.GetByLabel("Đơn vị báo cáo").SelectOptionAsync(new SelectOptionValue { Label = "UBND phường Trạm Lộ" });
        await page.GetByLabel("Loại kỳ").SelectOptionAsync(new SelectOptionValue { Label = "Quý" });
        await page.GetByLabel("Năm", new() { Exact = true }).FillAsync("2026");
        await page.GetByLabel("Kỳ số").FillAsync("3");
        await page.GetByRole(AriaRole.Button, new() { Name = "Tạo bản dự thảo" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Đã tạo bản dự thảo báo cáo.");
        await Accessibility.AssertNoViolationsAsync(page);

        await page.GetByLabel("Số, ký hiệu (ví dụ: 15/BC-UBND)").FillAsync("15/BC-UBND");
        await page.GetByLabel("Địa danh").FillAsync("Trạm Lộ");
        await page.GetByLabel("Ngày ban hành").FillAsync("05/10/2026");
        await page.GetByLabel("Nơi nhận (mỗi nơi một dòng)").FillAsync("Sở Nội vụ tỉnh Bắc Ninh;\nLưu: VT.");
        await page.GetByLabel("Thẩm quyền ký (ví dụ: KT. CHỦ TỊCH)").FillAsync("KT. CHỦ TỊCH");
        await page.GetByLabel("Chức vụ người ký (ví dụ: PHÓ CHỦ TỊCH)").FillAsync("PHÓ CHỦ TỊCH");
        await page.GetByLabel("Họ và tên người ký").FillAsync("Đỗ Thị Vân");
        await page.GetByLabel("I. Công tác triển khai thực hiện").FillAsync("UBND phường đã quán triệt Nghị định số 73 đến toàn thể cán bộ, công chức.");
        await page.GetByLabel("III. Đánh giá chung – 1. Ưu điểm").FillAsync("Cán bộ mạnh dạn đề xuất, không còn tâm lý sợ sai.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lưu dự thảo" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Đã lưu dự thảo báo cáo.");
        await Assertions.Expect(page.GetByRole(AriaRole.Table).First).ToContainTextAsync("Đề xuất tiếp nhận");

        await page.GetByRole(AriaRole.Link, new() { Name = "Gửi báo cáo lên cấp trên" }).First.ClickAsync();
        await Accessibility.AssertNoViolationsAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Gửi báo cáo" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-valmsg-for='Input.Confirmed']")).ToHaveTextAsync("Vui lòng xác nhận trước khi gửi.");
        await page.GetByLabel("Tôi đã kiểm tra nội dung và số liệu, đồng ý gửi báo cáo").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Gửi báo cáo" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Đã gửi báo cáo. Báo cáo đã được chốt.");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("BÁO CÁO");
        await Assertions.Expect(page.Locator(".report-document")).ToContainTextAsync("Trạm Lộ, ngày 05 tháng 10 năm 2026");
        await Assertions.Expect(page.Locator(".report-document")).ToContainTextAsync("UBND phường đã quán triệt Nghị định số 73");
        await Assertions.Expect(page.GetByRole(AriaRole.Columnheader, new() { Name = "Hiện tại" }).First).ToBeVisibleAsync();
        await Accessibility.AssertNoViolationsAsync(page);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = BrowserFixture.ArtifactPath("report-details.png"), FullPage = true });
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = BrowserFixture.ArtifactPath("report-details-print.png"), FullPage = true });
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Screen });

        // The download: Word opens what LibreOffice opens; a rendered first page is kept for review.
        // While the file is built the link says so (and the live region announces it); a recorder in the page notes
        // every state it takes, so the check does not race the server. The request is held a moment to make it real.
        await page.RouteAsync("**/Reports/Details/*handler=Docx*", async route =>
        {
            await Task.Delay(1000);
            await route.ContinueAsync();
        });
        await page.EvaluateAsync(@"() => {
            window.exportStates = [];
            const link = document.querySelector('a.export-link');
            const status = document.getElementById('export-status');
            new MutationObserver(() => window.exportStates.push(link.textContent + '|' + link.getAttribute('aria-disabled') + '|' + status.textContent))
                .observe(document.querySelector('.export'), { subtree: true, childList: true, characterData: true, attributes: true });
        }");
        var docxLink = page.Locator("a.export-link").First;
        var download = await page.RunAndWaitForDownloadAsync(() => docxLink.ClickAsync());
        Assert.EndsWith(".docx", download.SuggestedFilename);
        await Assertions.Expect(docxLink).ToHaveTextAsync("Tải về Word (.docx)");
        await Assertions.Expect(page.Locator("#export-status")).ToHaveTextAsync("");
        var states = await page.EvaluateAsync<string[]>("() => window.exportStates");
        Assert.Contains("Đang tạo tệp…|true|Đang tạo tệp…", states);
        using var work = new TempDirectory();
        var docx = Path.Combine(work.Path, "report.docx");
        await download.SaveAsAsync(docx);
        var pdf = await OfficeConverter.ToPdfAsync(await File.ReadAllBytesAsync(docx), ".docx", work.Path);
        await RenderFirstPageAsync(pdf, BrowserFixture.ArtifactPath("report-docx-page1"));
        var printed = await OfficeConverter.PdfTextAsync(pdf);
        await File.WriteAllTextAsync(BrowserFixture.ArtifactPath("report-docx.txt"), printed);
        // pdftotext sometimes splits a justified word around a Vietnamese tone mark ("th ể"): compare without spaces.
        var text = Regex.Replace(printed, @"\s+", "");
        Assert.Contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM".Replace(" ", ""), text);
        Assert.Contains("UBND PHƯỜNG TRẠM LỘ".Replace(" ", ""), text);
        Assert.Contains("Số: 15/BC-UBND".Replace(" ", ""), text);
        Assert.Contains("Trạm Lộ, ngày 05 tháng 10 năm 2026".Replace(" ", ""), text);
        Assert.Contains("UBND phường đã quán triệt Nghị định số 73 đến toàn thể cán bộ, công chức.".Replace(" ", ""), text);
        Assert.Contains("Cán bộ mạnh dạn đề xuất, không còn tâm lý sợ sai.".Replace(" ", ""), text);
        Assert.Contains("Bảng 1. Tình hình tiếp nhận và xử lý đề xuất".Replace(" ", ""), text);
        Assert.Contains("Đỗ Thị Vân".Replace(" ", ""), text);
        Assert.DoesNotContain("DỰ THẢO".Replace(" ", ""), text);
        Assert.True(File.Exists(BrowserFixture.ArtifactPath("report-docx-page1.png")));

        var phone = await browser.NewPageAsync(width: 360, height: 740);
        await SignInAsync(phone, "noivu.tramlo@demo.decree73.vn");
        foreach (var url in new[] { "/Reports", "/Reports/Create", page.Url.Replace(browser.App.RootUrl, "") })
        {
            await phone.GotoAsync(url);
            await AssertFitsAsync(phone);
            await Accessibility.AssertNoViolationsAsync(phone);
        }
    }

    /// <summary><c>pdftoppm -png -r 80 -f 1 -l 1 -singlefile</c>: the first page as an image, next to the screenshots.</summary>
    private static async Task RenderFirstPageAsync(string pdf, string outputStem)
    {
        using var process = Process.Start(new ProcessStartInfo("/usr/bin/pdftoppm", ["-png", "-r", "80", "-f", "1", "-l", "1", "-singlefile", pdf, outputStem])
        {
            RedirectStandardError = true,
        })!;
        await process.WaitForExitAsync();
        Assert.Equal(0, process.ExitCode);
    }
}
