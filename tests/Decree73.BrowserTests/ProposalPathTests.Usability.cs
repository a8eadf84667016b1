using Decree73.TestSupport;
using Microsoft.Playwright;
using Xunit;
using static Decree73.BrowserTests.ProposalPages;

namespace Decree73.BrowserTests;

/// <summary>The details page with the keyboard alone, on a phone, and on paper.</summary>
public sealed partial class ProposalPathTests
{
    [ServiceFact]
    public async Task The_keyboard_alone_reaches_the_opinion_form_fills_it_and_submits_it_with_Enter()
    {
        var proposer = await browser.SignInAsync(Proposer);
        var details = await SubmitProposalAsync(proposer, "Tra cứu hồ sơ hộ tịch trực tuyến");
        var head = await browser.SignInAsync(Head);
        await head.GotoAsync(details);

        // From the top of the page, Tab until the first field of the opinion request form has the focus.
        var reached = false;
        for (var i = 0; i < 120 && !reached; i++)
        {
            await head.Keyboard.PressAsync("Tab");
            reached = await head.EvaluateAsync<string>("() => document.activeElement.id") == "ask-kind";
        }

        Assert.True(reached, "Tab never reached the opinion request form.");
        Assert.Equal("solid", await head.EvaluateAsync<string>("() => getComputedStyle(document.activeElement).outlineStyle"));

        await head.Keyboard.PressAsync("ArrowDown");
        await Assertions.Expect(head.GetByLabel("Xin ý kiến của")).ToHaveValueAsync("RelatedUnit");
        await head.Keyboard.PressAsync("Tab");
        Assert.Equal("ask-addressee", await head.EvaluateAsync<string>("() => document.activeElement.id"));
        await head.Keyboard.TypeAsync("Phòng Kinh tế phường Trạm Lộ");
        await head.Keyboard.PressAsync("Tab");
        Assert.Equal("ask-due", await head.EvaluateAsync<string>("() => document.activeElement.id"));
        await head.Keyboard.TypeAsync("07/12/2026");
        await head.Keyboard.PressAsync("Enter");

        await Assertions.Expect(Status(head)).ToHaveTextAsync("Đã gửi yêu cầu xin ý kiến.");
        var row = head.Locator("tr.opinion-request");
        await Assertions.Expect(row).ToContainTextAsync("Phòng Kinh tế phường Trạm Lộ");
        await Assertions.Expect(row).ToContainTextAsync("Cơ quan, đơn vị liên quan");
        await Assertions.Expect(row).ToContainTextAsync("07/12/2026");
    }

    [ServiceFact]
    public async Task The_details_page_fits_a_phone_and_prints_without_its_forms()
    {
        var proposer = await browser.SignInAsync(Proposer);
        var details = await SubmitProposalAsync(proposer, "Bố trí bàn hướng dẫn thủ tục cho người cao tuổi");

        // The head's view has the most forms; on a 390px phone nothing may stick out sideways.
        var head = await browser.SignInAsync(Head, width: 390);
        await head.GotoAsync(details);
        await Assertions.Expect(head.GetByRole(AriaRole.Heading, new() { Name = "Xử lý đề xuất" })).ToBeVisibleAsync();
        var overflow = await head.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
        await ScreenshotAsync(head, "proposal-details-phone.png");
        Assert.True(overflow <= 0, $"The details page is {overflow}px wider than a 390px phone.");
        await Accessibility.AssertNoViolationsAsync(head);

        await head.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        var forms = head.Locator(".no-print, form");
        Assert.True(await forms.CountAsync() > 3, "The page should have forms to hide.");
        foreach (var element in await forms.AllAsync())
        {
            Assert.False(await element.IsVisibleAsync(), "Visible in print: " + await element.EvaluateAsync<string>("e => e.outerHTML.slice(0, 120)"));
        }

        Assert.False(await head.Locator(".site-header").IsVisibleAsync());
        await Assertions.Expect(head.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(head.Locator("dl.facts")).ToBeVisibleAsync();
        await Assertions.Expect(head.GetByRole(AriaRole.Heading, new() { Name = "a) Sự cần thiết, mục đích và điểm nghẽn" })).ToBeVisibleAsync();
        await ScreenshotAsync(head, "proposal-details-print.png");
    }
}
