using Decree73.TestSupport;
using Microsoft.Playwright;
using Xunit;

namespace Decree73.BrowserTests;

[RequiresChromium]
public sealed class AdminJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private async Task SignInAsync(IPage page, string email)
    {
        await page.GotoAsync("/");
        Assert.Contains("/Account/Login", page.Url);
        await page.GetByLabel("Thư điện tử").FillAsync(email);
        await page.GetByLabel("Mật khẩu").FillAsync(browser.App.DemoPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập" }).ClickAsync();
        await page.LeftLoginPageAsync();
    }

    [ServiceFact]
    public async Task An_administrator_signs_in_creates_a_unit_and_sees_it_listed()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/Account/Login");
        await Accessibility.AssertNoViolationsAsync(page);

        await SignInAsync(page, "quantri@demo.decree73.vn");
        await Accessibility.AssertNoViolationsAsync(page);

        await page.GetByRole(AriaRole.Navigation, new() { Name = "Điều hướng chính" }).GetByRole(AriaRole.Link, new() { Name = "Đơn vị" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Thêm đơn vị" }).ClickAsync();
        await Accessibility.AssertNoViolationsAsync(page);

        // First a mistake: no code. The form comes back with the message and keeps the name.
        await page.GetByLabel("Tên đơn vị").FillAsync("Trung tâm Phục vụ hành chính công xã Phật Tích");
        await page.GetByLabel("Loại đơn vị").SelectOptionAsync(new SelectOptionValue { Label = "Phòng, văn phòng thuộc UBND xã" });
        await page.GetByLabel("Đơn vị cấp trên").SelectOptionAsync(new SelectOptionValue { Label = "\u00a0\u00a0\u00a0UBND xã Phật Tích" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Lưu" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-valmsg-for='Input.Code']")).ToHaveTextAsync("Vui lòng nhập mã đơn vị.");
        await Assertions.Expect(page.GetByLabel("Tên đơn vị")).ToHaveValueAsync("Trung tâm Phục vụ hành chính công xã Phật Tích");
        await Accessibility.AssertNoViolationsAsync(page);

        await page.GetByLabel("Mã đơn vị").FillAsync("PHATTICH-TTHC");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lưu" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Đã thêm đơn vị.");
        var row = page.GetByRole(AriaRole.Row).Filter(new() { HasText = "PHATTICH-TTHC" });
        await Assertions.Expect(row).ToContainTextAsync("Trung tâm Phục vụ hành chính công xã Phật Tích");
        await Accessibility.AssertNoViolationsAsync(page);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = BrowserFixture.ArtifactPath("units-list.png"), FullPage = true });
    }

    [ServiceFact]
    public async Task The_officer_pages_work_on_a_phone_without_sideways_scrolling()
    {
        var page = await browser.NewPageAsync(width: 375, height: 740);
        await SignInAsync(page, "quantri@demo.decree73.vn");

        foreach (var url in new[] { "/", "/Admin/Units", "/Admin/Officers", "/Admin/Officers/Create", "/Admin/Accounts" })
        {
            await page.GotoAsync(url);
            var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
            if (overflow > 0)
            {
                await page.ScreenshotAsync(new PageScreenshotOptions { Path = BrowserFixture.ArtifactPath("phone-overflow.png"), FullPage = true });
            }

            Assert.True(overflow <= 0, $"{url} is {overflow}px wider than a phone screen.");
            await Accessibility.AssertNoViolationsAsync(page);
        }

        await page.GotoAsync("/Admin/Officers");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = BrowserFixture.ArtifactPath("officers-phone.png"), FullPage = true });
    }

    [ServiceFact]
    public async Task The_keyboard_alone_signs_in_and_reaches_the_skip_link()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/Account/Login");

        // The e-mail field has the focus on arrival (Chromium applies autofocus at the next rendering update, which
        // can come after the load event: wait for it rather than type into nothing); the rest is Tab, typing and Enter.
        await Assertions.Expect(page.GetByLabel("Thư điện tử")).ToBeFocusedAsync();
        await page.Keyboard.TypeAsync("noivu.tinh@demo.decree73.vn");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.TypeAsync(browser.App.DemoPassword);
        await page.Keyboard.PressAsync("Enter");
        await page.LeftLoginPageAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Xin chào");

        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("Chuyển đến nội dung chính", await page.EvaluateAsync<string>("() => document.activeElement.textContent.trim()"));
        await page.Keyboard.PressAsync("Enter");
        Assert.Equal("main", await page.EvaluateAsync<string>("() => document.activeElement.id"));
    }

    [ServiceFact]
    public async Task The_printed_unit_list_leaves_out_navigation_and_buttons()
    {
        var page = await browser.NewPageAsync();
        await SignInAsync(page, "quantri@demo.decree73.vn");
        await page.GotoAsync("/Admin/Units");

        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });

        Assert.False(await page.Locator(".site-header").IsVisibleAsync());
        Assert.False(await page.GetByRole(AriaRole.Link, new() { Name = "Thêm đơn vị" }).IsVisibleAsync());
        Assert.True(await page.GetByRole(AriaRole.Table).IsVisibleAsync());
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = BrowserFixture.ArtifactPath("units-print.png"), FullPage = true });
    }
}
