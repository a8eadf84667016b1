using Decree73.TestSupport;
using Microsoft.Playwright;
using Xunit;
using static Decree73.BrowserTests.ProposalPages;

namespace Decree73.BrowserTests;

/// <summary>
/// Decree73 issue 13: the home page of each role and the proposal page of the head and of the proposer, at 1366 and
/// 390 px, kept in artifacts/screenshots/ and checked with axe-core.
/// </summary>
[RequiresChromium]
public sealed class StartPagesScreenshotTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private static readonly (string Email, string Role)[] Roles =
    [
        (Proposer, "proposer"), (Head, "head"), ("phochutich.tramlo@demo.decree73.vn", "leadership"), (Implementer, "interior"),
        ("quantri@demo.decree73.vn", "admin"),
    ];

    [ServiceFact]
    public async Task Home_pages_and_proposal_pages_are_captured_at_desktop_and_phone_width_without_accessibility_violations()
    {
        var writer = await browser.SignInAsync(Proposer);
        var details = await SubmitProposalAsync(writer, "Ảnh chụp trang đề xuất cho người đứng đầu");
        await writer.Context.CloseAsync();

        foreach (var width in new[] { 1366, 390 })
        {
            foreach (var (email, role) in Roles)
            {
                var page = await browser.SignInAsync(email, width: width);
                await page.GotoAsync("/");
                await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Xin chào");
                await ScreenshotAsync(page, $"home-{role}-{width}.png");
                await Accessibility.AssertNoViolationsAsync(page);
                if (role is "proposer" or "head")
                {
                    await page.GotoAsync(details);
                    await ScreenshotAsync(page, $"proposal-{role}-{width}.png");
                    await Accessibility.AssertNoViolationsAsync(page);
                }

                if (role is "head")
                {
                    // The panel's refusal of an irreversible step without its confirmation: the message next to the box.
                    await page.Locator("#escalate-reason").FillAsync("Vượt thẩm quyền của phường.");
                    await page.GetByRole(AriaRole.Button, new() { Name = "Chuyển cấp có thẩm quyền" }).ClickAsync();
                    await Assertions.Expect(page.Locator("#escalate-confirm-error")).ToBeVisibleAsync();
                    await Assertions.Expect(State(page)).ToHaveTextAsync("Đã tiếp nhận");
                    await ScreenshotAsync(page, $"proposal-head-confirmation-{width}.png");
                    await Accessibility.AssertNoViolationsAsync(page);
                }

                await page.Context.CloseAsync();
            }
        }
    }
}
