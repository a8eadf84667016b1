using System.Diagnostics;
using System.Net;
using Decree73.Domain.Access;
using Decree73.Infrastructure.Persistence;
using Decree73.TestSupport;
using Microsoft.AspNetCore.Hosting;
using Xunit;

namespace Decree73.WebTests.Security;

/// <summary>The app with small sign-in budgets, to reach them in a test.</summary>
public sealed class SmallSignInBudgetWebAppFactory() : WebAppFactory(DatabaseProvider.Sqlite)
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("SignIn:PermitsPerAddressPerMinute", "8");
        builder.UseSetting("SignIn:PermitsPerAccountPerMinute", "3");
    }
}

/// <summary>ASVS V6.3.1: sign-in is rate-limited per address and per account name, with 429 and Retry-After.</summary>
public sealed class SignInRateLimitTests(SmallSignInBudgetWebAppFactory factory) : IClassFixture<SmallSignInBudgetWebAppFactory>
{
    [Fact]
    public async Task Too_many_attempts_on_one_name_and_then_from_one_address_get_429_with_retry_after()
    {
        var client = factory.NewClient();
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await Attempt(client, "mot.ten@test.vn")).StatusCode);
        }

        var byName = await Attempt(client, "mot.ten@test.vn");
        Assert.Equal(HttpStatusCode.TooManyRequests, byName.StatusCode);
        Assert.True(byName.Headers.RetryAfter?.Delta >= TimeSpan.FromSeconds(1), $"Retry-After: {byName.Headers.RetryAfter}");
        Assert.Contains("quá nhiều lần đăng nhập", (await HtmlForms.ParseAsync(byName)).Text());

        // Four more names fill the address's budget of eight (the refused attempt counted too).
        for (var i = 0; i < 4; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await Attempt(client, $"ten.khac{i}@test.vn")).StatusCode);
        }

        var byAddress = await Attempt(client, "ten.moi.nua@test.vn");
        Assert.Equal(HttpStatusCode.TooManyRequests, byAddress.StatusCode);
        Assert.NotNull(byAddress.Headers.RetryAfter);
    }

    private static Task<HttpResponseMessage> Attempt(HttpClient client, string email) =>
        client.SubmitAsync("/Account/Login", new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Password"] = "sai mat khau roi" });
}

/// <summary>ASVS V6.3.8 and V6.3.1: the login page does not tell which accounts exist, and cannot be used to lock one out.</summary>
public sealed class SignInEnumerationTests(SqliteWebAppFactory factory) : IClassFixture<SqliteWebAppFactory>
{
    [Fact]
    public async Task An_unknown_account_a_wrong_password_and_a_locked_account_get_the_same_message()
    {
        var lockedId = await factory.AddAsync("da.khoa@test.vn", AppRole.Proposer, "TRAMLO");
        await factory.AddAsync("sai.mat.khau@test.vn", AppRole.Proposer, "TRAMLO");
        var admin = await factory.SignInAsync("quantri@demo.decree73.vn");
        await admin.SubmitAsync($"/Admin/Accounts/Details/{lockedId}", new Dictionary<string, string>(), "form[action*='handler=Lock']");

        var unknown = await Message("khong.ton.tai@test.vn", TestAccounts.Password);
        var wrong = await Message("sai.mat.khau@test.vn", "khong phai mat khau");
        var locked = await Message("da.khoa@test.vn", TestAccounts.Password);

        Assert.Equal("Thư điện tử hoặc mật khẩu không đúng, hoặc tài khoản đã bị khóa.", unknown);
        Assert.Equal(unknown, wrong);
        Assert.Equal(unknown, locked);
    }

    [Fact]
    public async Task An_unknown_account_costs_the_same_password_hashing_as_a_known_one()
    {
        var known = new List<double>();
        var unknown = new List<double>();
        var accounts = new[]
        {
            "truongphong.kt.tramlo@demo.decree73.vn", "phochutich.tramlo@demo.decree73.vn", "noivu.tramlo@demo.decree73.vn",
            "chutich.phattich@demo.decree73.vn", "noivu.tinh@demo.decree73.vn",
        };
        for (var i = 0; i < accounts.Length; i++)
        {
            known.Add(await TimedAttempt(accounts[i]));
            unknown.Add(await TimedAttempt($"khong.co.{i}@demo.decree73.vn"));
        }

        known.Sort();
        unknown.Sort();
        // Without the dummy hash an unknown name answers in a few milliseconds against ~100 ms: a 20-fold gap.
        Assert.True(unknown[2] >= 0.3 * known[2], $"median unknown {unknown[2]:F1} ms, known {known[2]:F1} ms");
    }

    [Fact]
    public async Task Failed_current_passwords_on_change_password_end_the_session_after_five()
    {
        await factory.AddAsync("doan.mat.khau@test.vn", AppRole.Proposer, "TRAMLO");
        var session = await factory.SignInAsync("doan.mat.khau@test.vn", TestAccounts.Password);

        HttpResponseMessage last = null!;
        for (var i = 0; i < 5; i++)
        {
            last = await session.SubmitAsync("/Account/ChangePassword", new Dictionary<string, string>
            {
                ["Input.CurrentPassword"] = $"doan thu lan {i}", ["Input.NewPassword"] = "cây đa giếng nước sân đình", ["Input.ConfirmPassword"] = "cây đa giếng nước sân đình",
            });
            if (i < 4)
            {
                Assert.Equal("Mật khẩu hiện tại không đúng.", (await HtmlForms.ParseAsync(last)).FieldError("Input.CurrentPassword"));
            }
        }

        Assert.Equal("/Account/Login", last.Headers.Location!.OriginalString);
        var after = await session.GetAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.Equal("/Account/Login", after.Headers.Location!.AbsolutePath);
    }

    private async Task<string> Message(string email, string password)
    {
        var response = await factory.NewClient().SubmitAsync("/Account/Login", new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Password"] = password });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await HtmlForms.ParseAsync(response)).QuerySelector(".validation-summary-errors li, [data-valmsg-summary] li")?.TextContent.Trim() ?? "(no message)";
    }

    private async Task<double> TimedAttempt(string email)
    {
        var client = factory.NewClient();
        var form = await client.GetDocumentAsync("/Account/Login");
        var watch = Stopwatch.StartNew();
        await client.SubmitAsync(form, new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Password"] = "khong dung dau nhe" });
        return watch.Elapsed.TotalMilliseconds;
    }
}
