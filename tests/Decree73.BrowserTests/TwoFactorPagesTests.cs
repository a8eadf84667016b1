using Decree73.TestSupport;
using Decree73.Web.Security;
using Microsoft.Playwright;
using Xunit;

namespace Decree73.BrowserTests;

/// <summary>The app with the product's second-factor default (the other browser fixtures turn it off).</summary>
public sealed class TwoFactorBrowserFixture() : BrowserFixture(new Dictionary<string, string?>
{
    [TwoFactorOff.Key] = new TwoFactorOptions().TwoFactorRequiredRoles,
});

/// <summary>Enrolment of an authenticator app and the second sign-in step in a real browser, axe-core on each state.</summary>
[RequiresChromium]
public sealed class TwoFactorPagesTests(TwoFactorBrowserFixture browser) : IClassFixture<TwoFactorBrowserFixture>
{
    private const string Head = "chutich.tramlo@demo.decree73.vn";

    [ServiceFact]
    public async Task A_head_enrols_at_first_sign_in_and_then_signs_in_with_a_code_on_accessible_pages()
    {
        var page = await SignInWithPasswordAsync();
        await page.WaitForURLAsync(url => url.EndsWith("/Account/Authenticator", StringComparison.Ordinal));
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Xác thực hai lớp bằng ứng dụng xác thực");
        await Assertions.Expect(page.GetByRole(AriaRole.Img, new() { Name = "Mã QR để thêm tài khoản vào ứng dụng xác thực" })).ToBeVisibleAsync();
        await Accessibility.AssertNoViolationsAsync(page);
        await page.ScreenshotAsync(new() { Path = BrowserFixture.ArtifactPath("two-factor-enrol.png"), FullPage = true });

        // Any other page sends back here until enrolled.
        await page.GotoAsync("/Proposals");
        await page.WaitForURLAsync(url => url.EndsWith("/Account/Authenticator", StringComparison.Ordinal));

        var key = await page.Locator("#shared-key").TextContentAsync() ?? "";
        var step = DateTimeOffset.UtcNow.ToUnixTimeSeconds() / 30;
        var valid = Enumerable.Range(-3, 7).Select(i => Totp.CodeForStep(key, step + i)).ToHashSet();
        await page.GetByLabel("Mã xác thực (6 chữ số)").FillAsync(valid.Contains("000000") ? "111111" : "000000");
        await page.GetByRole(AriaRole.Button, new() { Name = "Xác nhận và bật xác thực hai lớp" }).ClickAsync();
        await Assertions.Expect(page.Locator("span[data-valmsg-for='Input.Code']")).ToContainTextAsync("Mã xác thực không đúng");
        await Accessibility.AssertNoViolationsAsync(page);

        await page.GetByLabel("Mã xác thực (6 chữ số)").FillAsync(Totp.CodeForStep(key, step));
        await page.GetByRole(AriaRole.Button, new() { Name = "Xác nhận và bật xác thực hai lớp" }).ClickAsync();
        await Assertions.Expect(page.Locator("#recovery-codes li")).ToHaveCountAsync(10);
        await Accessibility.AssertNoViolationsAsync(page);

        var second = await SignInWithPasswordAsync();
        await second.WaitForURLAsync(url => url.Contains("/Account/LoginWith2fa", StringComparison.Ordinal));
        await Assertions.Expect(second.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Xác thực hai lớp");
        await Accessibility.AssertNoViolationsAsync(second);
        await second.GetByLabel("Mã xác thực (6 chữ số)").FillAsync(Totp.CodeForStep(key, step + 1));
        await second.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập", Exact = true }).ClickAsync();
        await second.WaitForURLAsync(url => !url.Contains("/Account/", StringComparison.Ordinal));
        await Assertions.Expect(second.Locator("main")).ToContainTextAsync("Vai trò của bạn");
    }

    private async Task<IPage> SignInWithPasswordAsync()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/Account/Login");
        await page.GetByLabel("Thư điện tử").FillAsync(Head);
        await page.GetByLabel("Mật khẩu").FillAsync(browser.App.DemoPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập" }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/Account/Login", StringComparison.Ordinal) || url.Contains("LoginWith2fa", StringComparison.Ordinal));
        return page;
    }
}
