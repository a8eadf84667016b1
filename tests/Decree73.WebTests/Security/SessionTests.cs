using System.Globalization;
using System.Net;
using Decree73.Domain.Access;
using Decree73.Infrastructure.Persistence;
using Decree73.TestSupport;
using Decree73.Web.Security;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Xunit;

namespace Decree73.WebTests.Security;

/// <summary>
/// The app with the security stamp checked on every request instead of every minute, so that a test sees at once
/// what production sees within a minute.
/// </summary>
public sealed class StampEveryRequestWebAppFactory() : WebAppFactory(DatabaseProvider.Sqlite)
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Sessions:StampValidationInterval", "00:00:00");
    }
}

/// <summary>ASVS V7.3/V7.4: sessions end on the server, not only in the browser.</summary>
public sealed class SessionTests(StampEveryRequestWebAppFactory factory) : IClassFixture<StampEveryRequestWebAppFactory>
{
    private const string AdminEmail = "quantri@demo.decree73.vn";

    [Fact]
    public async Task A_cookie_replayed_after_logout_is_sent_to_the_login_page()
    {
        await factory.AddAsync("phat.lai.cookie@test.vn", AppRole.Proposer, "TRAMLO");
        var cookies = new CookieContainer();
        var browser = factory.CreateDefaultClient(new CookieContainerHandler(cookies));
        var signedIn = await browser.SubmitAsync("/Account/Login", new Dictionary<string, string>
        {
            ["Input.Email"] = "phat.lai.cookie@test.vn", ["Input.Password"] = TestAccounts.Password,
        });
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        var stolen = cookies.GetCookieHeader(browser.BaseAddress!);
        Assert.Equal(HttpStatusCode.OK, (await Replay(stolen)).StatusCode);

        var home = await browser.GetDocumentAsync("/");
        var loggedOut = await browser.SubmitAsync(home, new Dictionary<string, string>(), "form[action='/Account/Logout']");
        Assert.Equal(HttpStatusCode.Redirect, loggedOut.StatusCode);
        Assert.Equal("\"cache\", \"cookies\", \"storage\"", string.Join(",", loggedOut.Headers.GetValues("Clear-Site-Data")));

        var replayed = await Replay(stolen);
        Assert.Equal(HttpStatusCode.Redirect, replayed.StatusCode);
        Assert.Equal("/Account/Login", replayed.Headers.Location!.AbsolutePath);
    }

    [Fact]
    public async Task An_administrators_lock_ends_the_accounts_open_session()
    {
        var userId = await factory.AddAsync("khoa.phien@test.vn", AppRole.Proposer, "PHATTICH");
        var victim = await factory.SignInAsync("khoa.phien@test.vn", TestAccounts.Password);
        Assert.Equal(HttpStatusCode.OK, (await victim.GetAsync("/")).StatusCode);

        var admin = await factory.SignInAsync(AdminEmail);
        await admin.SubmitAsync($"/Admin/Accounts/Details/{userId}", new Dictionary<string, string>(), "form[action*='handler=Lock']");

        AssertSentToLogin(await victim.GetAsync("/"));
    }

    [Fact]
    public async Task A_role_change_ends_the_accounts_open_session()
    {
        var userId = await factory.AddAsync("doi.vai.tro@test.vn", AppRole.Proposer, "PHATTICH");
        var officer = await factory.SignInAsync("doi.vai.tro@test.vn", TestAccounts.Password);
        var admin = await factory.SignInAsync(AdminEmail);

        var granted = await admin.SubmitAsync($"/Admin/Accounts/Details/{userId}", new Dictionary<string, string>
        {
            ["Grant.Role"] = "LeadershipMember", ["Grant.UnitId"] = (await factory.UnitIdAsync("PHATTICH")).ToString(CultureInfo.InvariantCulture),
        }, "form[action*='handler=Grant']");

        Assert.Equal(HttpStatusCode.Redirect, granted.StatusCode);
        AssertSentToLogin(await officer.GetAsync("/"));
    }

    [Fact]
    public async Task Changing_the_password_ends_the_other_sessions_and_keeps_this_one()
    {
        await factory.AddAsync("hai.phien@test.vn", AppRole.Proposer, "TRAMLO");
        var here = await factory.SignInAsync("hai.phien@test.vn", TestAccounts.Password);
        var there = await factory.SignInAsync("hai.phien@test.vn", TestAccounts.Password);

        var changed = await here.SubmitAsync("/Account/ChangePassword", new Dictionary<string, string>
        {
            ["Input.CurrentPassword"] = TestAccounts.Password, ["Input.NewPassword"] = "cây đa giếng nước sân đình", ["Input.ConfirmPassword"] = "cây đa giếng nước sân đình",
        }, "main form");

        Assert.Equal("/", changed.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await here.GetAsync("/")).StatusCode);
        AssertSentToLogin(await there.GetAsync("/"));
    }

    [Fact]
    public async Task Sign_out_everywhere_ends_the_other_sessions_and_keeps_this_one()
    {
        await factory.AddAsync("moi.noi@test.vn", AppRole.Proposer, "TRAMLO");
        var here = await factory.SignInAsync("moi.noi@test.vn", TestAccounts.Password);
        var there = await factory.SignInAsync("moi.noi@test.vn", TestAccounts.Password);

        var done = await here.SubmitAsync("/Account/ChangePassword", new Dictionary<string, string>(), "form[action*='handler=SignOutOthers']");

        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        Assert.Contains("Đã kết thúc mọi phiên đăng nhập khác", (await here.GetDocumentAsync("/Account/ChangePassword")).Text());
        AssertSentToLogin(await there.GetAsync("/"));
    }

    [Fact]
    public void By_default_a_session_is_rechecked_every_minute_idles_out_after_30_minutes_and_ends_after_12_hours()
    {
        // The defaults of the settings; this factory only shortens the stamp check.
        var sessions = new SessionOptions();
        Assert.Equal(TimeSpan.FromMinutes(30), sessions.IdleTimeout);
        Assert.Equal(TimeSpan.FromHours(12), sessions.AbsoluteTimeout);
        Assert.True(sessions.StampValidationInterval <= TimeSpan.FromMinutes(1));

        var services = factory.Services;
        var cookie = services.GetRequiredService<IOptionsMonitor<CookieAuthenticationOptions>>().Get(IdentityConstants.ApplicationScheme);
        Assert.Equal(TimeSpan.FromMinutes(30), cookie.ExpireTimeSpan);
        Assert.True(cookie.SlidingExpiration);
        Assert.Equal(TimeSpan.Zero, services.GetRequiredService<IOptions<SecurityStampValidatorOptions>>().Value.ValidationInterval);
    }

    private async Task<HttpResponseMessage> Replay(string cookieHeader)
    {
        using var client = factory.CreateDefaultClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.Add("Cookie", cookieHeader);
        return await client.SendAsync(request);
    }

    private static void AssertSentToLogin(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/Account/Login", response.Headers.Location!.AbsolutePath);
    }
}
