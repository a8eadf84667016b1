using Decree73.TestSupport;
using Microsoft.Playwright;
using Xunit;
using static Decree73.BrowserTests.ProposalPages;

namespace Decree73.BrowserTests;

/// <summary>Issue 5: the Interior officer goes from the compliance page to a flagged proposal; the page on a phone and on paper.</summary>
[RequiresChromium]
public sealed class ComplianceJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const string WardMonitor = "noivu.tramlo@demo.decree73.vn";

    /// <summary>A proposal the leadership did not pass, approved by the head's override: a red flag.</summary>
    private async Task<string> OverriddenAsync(string title)
    {
        var proposer = await browser.SignInAsync(Proposer);
        var details = await SubmitProposalAsync(proposer, title);
        var head = await browser.SignInAsync(Head);
        await head.GotoAsync(details);
        await RecordPartyOpinionAsync(head);
        await VoteAsync(head, headInFavour: false, deputyInFavour: false);
        var form = head.Locator("form[action*='handler=Override']");
        await form.GetByLabel("Lý do").FillAsync("Người đứng đầu chịu trách nhiệm cá nhân vì lợi ích chung.");
        await form.GetByLabel("Số, ký hiệu văn bản").FillAsync("18/QĐ-UBND");
        await form.GetByLabel("Ngày ký").FillAsync("26/11/2026");
        await form.GetByLabel("Người ký").FillAsync("Lê Văn Minh");
        await form.Locator("#override-confirm").CheckAsync();
        await form.GetByRole(AriaRole.Button).ClickAsync();
        await Assertions.Expect(State(head)).ToHaveTextAsync("Đã thông qua");
        return details;
    }

    [ServiceFact]
    public async Task The_interior_officer_follows_a_flag_from_the_compliance_page_to_the_proposal()
    {
        const string title = "Người đứng đầu quyết định số hóa hồ sơ hộ tịch";
        var details = await OverriddenAsync(title);

        var officer = await browser.SignInAsync(WardMonitor);
        await officer.GetByRole(AriaRole.Navigation, new() { Name = "Điều hướng chính" }).GetByRole(AriaRole.Link, new() { Name = "Kiểm tra tuân thủ" }).ClickAsync();
        await Assertions.Expect(officer.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Kiểm tra việc thực hiện Nghị định 73");
        await Assertions.Expect(officer.GetByRole(AriaRole.Img, new() { Name = "Đề xuất theo trạng thái" })).ToBeVisibleAsync();
        await Accessibility.AssertNoViolationsAsync(officer);
        await ScreenshotAsync(officer, "compliance-overview.png");

        var flag = officer.Locator("#flag-head-override");
        await Assertions.Expect(flag).ToContainTextAsync("Người đứng đầu quyết định khi tập thể không thông qua");
        await flag.GetByRole(AriaRole.Link, new() { Name = title }).ClickAsync();

        await Assertions.Expect(officer).ToHaveURLAsync(new System.Text.RegularExpressions.Regex(System.Text.RegularExpressions.Regex.Escape(details) + "$"));
        await Assertions.Expect(officer.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(title);
        await Assertions.Expect(officer.GetByText("Người đứng đầu quyết định thông qua và chịu trách nhiệm cá nhân sau khi biểu quyết không được thông qua.")).ToBeVisibleAsync();
    }

    [ServiceFact]
    public async Task The_compliance_pages_fit_a_phone_and_print_their_charts_and_tables_without_the_filters()
    {
        await OverriddenAsync("Bố trí ki-ốt tra cứu thủ tục tại nhà văn hóa");
        var officer = await browser.SignInAsync(WardMonitor, width: 360);

        foreach (var url in new[] { "/Compliance", "/Compliance/Scorecard", "/Compliance/Flags/head-override" })
        {
            await officer.GotoAsync(url);
            var overflow = await officer.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
            Assert.True(overflow <= 0, $"{url} is {overflow}px wider than a 360px phone.");
            await Accessibility.AssertNoViolationsAsync(officer);
        }

        await officer.GotoAsync("/Compliance");
        await ScreenshotAsync(officer, "compliance-phone.png");
        await officer.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        Assert.False(await officer.Locator("form").First.IsVisibleAsync());
        Assert.False(await officer.Locator(".site-header").IsVisibleAsync());
        var charts = officer.Locator("figure.chart svg");
        Assert.Equal(4, await charts.CountAsync());
        foreach (var chart in await charts.AllAsync())
        {
            Assert.True(await chart.IsVisibleAsync());
        }

        await Assertions.Expect(officer.Locator("figure.chart table").First).ToBeVisibleAsync();
        await Assertions.Expect(officer.Locator("#flag-head-override")).ToBeVisibleAsync();
        await ScreenshotAsync(officer, "compliance-print.png");
    }
}
