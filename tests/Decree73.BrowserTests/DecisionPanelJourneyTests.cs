using Decree73.Infrastructure.Persistence;
using Decree73.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Xunit;
using static Decree73.BrowserTests.ProposalPages;

namespace Decree73.BrowserTests;

/// <summary>
/// Issue 13 in the browser: an amount in đồng grouped as the official types and when the box is left; the proposal
/// page's structure (status line and panel first, collapsible sections, printed expanded without forms, history paged
/// newest first), with axe-core on every state.
/// </summary>
[RequiresChromium]
public sealed class DecisionPanelJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [ServiceFact]
    public async Task An_amount_typed_as_digits_reads_grouped_when_the_box_is_left_and_is_saved_as_that_amount()
    {
        const string title = "Số hóa sổ hộ tịch bằng máy quét tốc độ cao";
        var proposer = await browser.SignInAsync(Proposer);
        await proposer.GotoAsync("/Proposals/Edit");
        await FillCompletePlanAsync(proposer, title);
        var funds = proposer.GetByLabel("Kinh phí (đồng)");
        await funds.ClearAsync();
        await funds.PressSequentiallyAsync("50000000");
        await funds.PressAsync("Tab");

        await Assertions.Expect(funds).ToHaveValueAsync("50.000.000");
        await Accessibility.AssertNoViolationsAsync(proposer);
        await proposer.GetByRole(AriaRole.Button, new() { Name = "Lưu nháp" }).ClickAsync();
        await Assertions.Expect(Status(proposer)).ToBeVisibleAsync();

        await using var scope = browser.App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        Assert.Equal(50_000_000m, await db.Proposals.Where(p => p.Title == title).Select(p => p.Plan.FundsVnd).SingleAsync());
    }

    [ServiceFact]
    public async Task The_heads_page_starts_with_the_status_and_panel_folds_its_sections_prints_them_all_and_pages_the_history()
    {
        var proposer = await browser.SignInAsync(Proposer);
        var details = await SubmitProposalAsync(proposer, "Tra cứu hồ sơ đất đai qua cổng thông tin");
        await proposer.Context.CloseAsync();
        var head = await browser.SignInAsync(Head, width: 1366);
        await head.GotoAsync(details);

        // What is expected comes first: the status line, then the head's panel, then the proposal's sections.
        await Assertions.Expect(head.Locator("p.step-status")).ToContainTextAsync("Đang chờ Lê Văn Minh");
        var panel = (await head.Locator("section.workflow").BoundingBoxAsync())!;
        var why = head.GetByRole(AriaRole.Heading, new() { Name = "a) Sự cần thiết, mục đích và điểm nghẽn" });
        Assert.True(panel.Y < (await why.BoundingBoxAsync())!.Y, "The panel should come before the proposal's sections.");

        // A section folds and unfolds by its heading.
        var necessity = head.Locator("section[aria-labelledby='why-heading'] .part-text").First;
        await Assertions.Expect(necessity).ToBeVisibleAsync();
        await why.ClickAsync();
        await Assertions.Expect(necessity).ToBeHiddenAsync();
        await Accessibility.AssertNoViolationsAsync(head);

        // Printed, every section is expanded and the forms are left out.
        await head.EmulateMediaAsync(new() { Media = Media.Print });
        await Assertions.Expect(necessity).ToBeVisibleAsync();
        await Assertions.Expect(head.Locator("section.workflow")).ToBeHiddenAsync();
        await head.EmulateMediaAsync(new() { Media = Media.Screen });
        await why.ClickAsync();
        await Assertions.Expect(necessity).ToBeVisibleAsync();
        await Accessibility.AssertNoViolationsAsync(head);

        // Enough opinion requests for a second page of history.
        for (var i = 1; i <= 21; i++)
        {
            await head.Locator("#ask-addressee").FillAsync($"Chuyên gia số {i}");
            await head.GetByRole(AriaRole.Button, new() { Name = "Gửi yêu cầu xin ý kiến" }).ClickAsync();
            await Assertions.Expect(head.Locator("tr.opinion-request")).ToHaveCountAsync(i);
        }

        var history = head.GetByRole(AriaRole.Region, new() { Name = "Lịch sử thay đổi" });
        await Assertions.Expect(history.Locator("tbody tr")).ToHaveCountAsync(20);
        await Assertions.Expect(history.Locator("tbody tr").Filter(new() { HasText = "Chuyên gia số 21" })).ToHaveCountAsync(1);
        await Assertions.Expect(history.Locator("tbody tr").Filter(new() { HasText = "tạo bản nháp" })).ToHaveCountAsync(0);
        var older = history.GetByRole(AriaRole.Link, new() { Name = "Xem cũ hơn" });
        await older.ClickAsync();
        await head.WaitForURLAsync(url => url.Contains("historyBefore=", StringComparison.Ordinal));
        await ScreenshotAsync(head, "proposal-head-history-page-2-1366.png");
        await Accessibility.AssertNoViolationsAsync(head);
        for (var pages = 2; await older.CountAsync() > 0; pages++)
        {
            Assert.True(pages < 5, "Too many history pages");
            var before = head.Url;
            await older.ClickAsync();
            await head.WaitForURLAsync(url => url != before);
        }

        await Assertions.Expect(history.Locator("tbody tr").Last).ToContainTextAsync("tạo bản nháp");
        await Assertions.Expect(history.GetByRole(AriaRole.Link, new() { Name = "Về các sự kiện mới nhất" })).ToBeVisibleAsync();
    }
}
