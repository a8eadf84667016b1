using System.Net;
using Decree73.Domain.Access;
using Decree73.Infrastructure.Identity.TwoFactor;
using Decree73.Infrastructure.Persistence;
using Decree73.TestSupport;
using Decree73.Web.Security;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Xunit;

namespace Decree73.WebTests.Security;

/// <summary>The app with the product's default second-factor setting (every other test host turns it off).</summary>
public abstract class ProductTwoFactorWebAppFactory(DatabaseProvider provider) : WebAppFactory(provider)
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting(TwoFactorOff.Key, new TwoFactorOptions().TwoFactorRequiredRoles);
    }
}

public sealed class SqliteProductTwoFactorWebAppFactory() : ProductTwoFactorWebAppFactory(DatabaseProvider.Sqlite);

public sealed class PostgresProductTwoFactorWebAppFactory() : ProductTwoFactorWebAppFactory(DatabaseProvider.PostgreSql);

/// <summary>ASVS V6.5/V6.6 (issue 14, ADR 0013): authenticator-app TOTP for administrators, heads and Interior officers.</summary>
public abstract class TwoFactorTests(ProductTwoFactorWebAppFactory factory)
{
    private const string Enrol = "/Account/Authenticator";

    [Fact]
    public void The_product_default_asks_administrators_heads_and_interior_officers()
    {
        Assert.Equal("Administrator,UnitHead,InteriorOfficer", new TwoFactorOptions().TwoFactorRequiredRoles);
        Assert.Equal(new HashSet<AppRole> { AppRole.Administrator, AppRole.UnitHead, AppRole.InteriorOfficer }, factory.Services.GetRequiredService<IOptions<TwoFactorOptions>>().Value.RequiredRoles);
    }

    [Fact]
    public async Task An_administrator_is_forced_to_enrol_and_a_wrong_code_is_refused_next_to_the_field()
    {
        await factory.AddAsync("qt.batbuoc@test.vn", AppRole.Administrator, "TRAMLO");
        var client = await factory.SignInAsync("qt.batbuoc@test.vn", TestAccounts.Password);

        foreach (var path in new[] { "/", "/Admin/Accounts", "/Proposals", "/Account/ChangePassword", "/Account/RecoveryCodes" })
        {
            var response = await client.GetAsync(path);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Equal(Enrol, response.Headers.Location!.OriginalString);
        }

        // A form posted elsewhere (with its token) is refused too: nothing but enrolment and sign-out.
        var page = await client.GetDocumentAsync(Enrol);
        Assert.NotNull(page.QuerySelector("img.qr-code[src^='data:image/png;base64,']"));
        var key = page.QuerySelector("#shared-key")!.TextContent;
        Assert.Matches("^([a-z2-7]{4} )+[a-z2-7]{1,4}$", key);
        var token = page.QuerySelector("input[name='__RequestVerificationToken']")!.GetAttribute("value")!;
        var elsewhere = await client.PostAsync("/Account/ChangePassword", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["Input.CurrentPassword"] = TestAccounts.Password,
        }));
        Assert.Equal(HttpStatusCode.Forbidden, elsewhere.StatusCode);

        var wrong = await client.SubmitAsync(page, new Dictionary<string, string> { ["Input.Code"] = WrongCode(key) });
        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        var refused = await HtmlForms.ParseAsync(wrong);
        Assert.Contains("Mã xác thực không đúng", refused.FieldError("Input.Code"));
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/")).StatusCode);

        // Sign-out stays reachable.
        Assert.NotNull((await client.GetDocumentAsync("/Account/Logout")).QuerySelector("form[action='/Account/Logout']"));
    }

    [Fact]
    public async Task Enrolment_sign_in_with_a_code_refusal_of_a_replay_and_single_use_recovery_codes()
    {
        var userId = await factory.AddAsync("truong.totp@test.vn", AppRole.UnitHead, "PHATTICH");
        var client = await factory.SignInAsync("truong.totp@test.vn", TestAccounts.Password);

        var (key, recoveryCodes) = await EnrolAsync(client);
        Assert.Equal(10, recoveryCodes.Count);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);

        // Stored hashed: no plain code in the database.
        var tokens = await factory.QueryAsync(db => db.Set<IdentityUserToken<string>>().Where(t => t.UserId == userId).Select(t => t.Value ?? "").ToListAsync());
        Assert.All(recoveryCodes, code => Assert.DoesNotContain(tokens, value => value.Contains(code, StringComparison.OrdinalIgnoreCase)
            || value.Contains(code.Replace("-", ""), StringComparison.OrdinalIgnoreCase)));
        Assert.Contains(tokens, value => value.Contains(HashedRecoveryCodeUserStore.Hash(userId, recoveryCodes[0]), StringComparison.Ordinal));

        // Sign-in now asks for the code; the enrolment's step is spent, so the next step's code is used.
        var step = DateTimeOffset.UtcNow.ToUnixTimeSeconds() / 30;
        var next = Totp.CodeForStep(key, step + 1);
        var second = await PasswordStepAsync("truong.totp@test.vn");
        var signedIn = await second.SubmitAsync(await second.GetDocumentAsync("/Account/LoginWith2fa"), new Dictionary<string, string> { ["Input.Code"] = next });
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal("/", signedIn.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await second.GetAsync("/")).StatusCode);

        // The same code again, and an earlier step's code, are refused.
        foreach (var replay in new[] { next, Totp.CodeForStep(key, step) })
        {
            var attacker = await PasswordStepAsync("truong.totp@test.vn");
            var refused = await attacker.SubmitAsync(await attacker.GetDocumentAsync("/Account/LoginWith2fa"), new Dictionary<string, string> { ["Input.Code"] = replay });
            Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
            Assert.Contains("Mã xác thực không đúng", (await HtmlForms.ParseAsync(refused)).FieldError("Input.Code"));
            AssertSentToLogin(await attacker.GetAsync("/"));
        }

        // A recovery code works once.
        var withRecovery = await PasswordStepAsync("truong.totp@test.vn");
        var recovered = await withRecovery.SubmitAsync("/Account/LoginWith2fa",
            new Dictionary<string, string> { ["Recovery.Code"] = recoveryCodes[3] }, "form[action*='handler=Recovery']");
        Assert.Equal(HttpStatusCode.Redirect, recovered.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await withRecovery.GetAsync("/")).StatusCode);
        Assert.Contains("9", (await withRecovery.GetDocumentAsync("/Account/RecoveryCodes")).Text());

        var again = await PasswordStepAsync("truong.totp@test.vn");
        var reused = await again.SubmitAsync("/Account/LoginWith2fa",
            new Dictionary<string, string> { ["Recovery.Code"] = recoveryCodes[3] }, "form[action*='handler=Recovery']");
        Assert.Equal(HttpStatusCode.OK, reused.StatusCode);
        Assert.Contains("Mã khôi phục không đúng hoặc đã được dùng.", (await HtmlForms.ParseAsync(reused)).FieldError("Recovery.Code"));
        AssertSentToLogin(await again.GetAsync("/"));
    }

    [Fact]
    public async Task A_proposer_is_not_asked_for_a_second_factor()
    {
        await factory.AddAsync("dexuat.khong2fa@test.vn", AppRole.Proposer, "TRAMLO");
        var client = await factory.SignInAsync("dexuat.khong2fa@test.vn", TestAccounts.Password);

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/Proposals")).StatusCode);
    }

    [Fact]
    public async Task A_role_granted_later_asks_for_enrolment_at_the_next_request()
    {
        var userId = await factory.AddAsync("sau.nay.truong@test.vn", AppRole.Proposer, "TRAMLO");
        var client = await factory.SignInAsync("sau.nay.truong@test.vn", TestAccounts.Password);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            db.RoleGrants.Add(new RoleGrant(userId, AppRole.InteriorOfficer, await factory.UnitIdAsync("TRAMLO")));
            await db.SaveChangesAsync();
        }

        var response = await client.GetAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(Enrol, response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task An_administrator_resets_a_lost_authenticator_but_not_their_own()
    {
        var adminId = await factory.AddAsync("qt.datlai@test.vn", AppRole.Administrator, "TRAMLO");
        var admin = await factory.SignInAsync("qt.datlai@test.vn", TestAccounts.Password);
        await EnrolAsync(admin);
        var headId = await factory.AddAsync("mat.dien.thoai@test.vn", AppRole.UnitHead, "TRAMLO");
        var head = await factory.SignInAsync("mat.dien.thoai@test.vn", TestAccounts.Password);
        var (oldKey, _) = await EnrolAsync(head);

        var reset = await admin.SubmitAsync($"/Admin/Accounts/Details/{headId}", new Dictionary<string, string>(), "form[action*='handler=ResetAuthenticator']");
        Assert.Equal(HttpStatusCode.Redirect, reset.StatusCode);
        Assert.Contains("Chưa bật", (await admin.GetDocumentAsync($"/Admin/Accounts/Details/{headId}")).Text());

        // The password alone signs in again (no second step), and the account must enrol a new key.
        var back = await factory.SignInAsync("mat.dien.thoai@test.vn", TestAccounts.Password);
        var home = await back.GetAsync("/");
        Assert.Equal(Enrol, home.Headers.Location!.OriginalString);
        var newKey = (await back.GetDocumentAsync(Enrol)).QuerySelector("#shared-key")!.TextContent;
        Assert.NotEqual(oldKey, newKey);
        Assert.Equal(0, await factory.QueryAsync(db => db.Set<IdentityUserToken<string>>()
            .CountAsync(t => t.UserId == headId && t.Name == HashedRecoveryCodeUserStore.RecoveryCodeHashesToken)));

        var own = await admin.SubmitAsync($"/Admin/Accounts/Details/{adminId}", new Dictionary<string, string>(), "form[action*='handler=ResetAuthenticator']");
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Contains("Bạn không thể tự đặt lại ứng dụng xác thực", (await HtmlForms.ParseAsync(own)).Text());
        Assert.True(await factory.QueryAsync(db => db.Users.Where(u => u.Id == adminId).Select(u => u.TwoFactorEnabled).SingleAsync()));
    }

    /// <summary>Enrols through the page: reads the shared key shown, types the current code, returns the recovery codes shown.</summary>
    private static async Task<(string Key, IReadOnlyList<string> RecoveryCodes)> EnrolAsync(HttpClient client)
    {
        var page = await client.GetDocumentAsync(Enrol);
        var key = page.QuerySelector("#shared-key")!.TextContent;
        var response = await client.SubmitAsync(page, new Dictionary<string, string> { ["Input.Code"] = Totp.Code(key, DateTimeOffset.UtcNow) });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var done = await HtmlForms.ParseAsync(response);
        var codes = done.QuerySelectorAll("#recovery-codes code").Select(c => c.TextContent.Trim()).ToList();
        Assert.True(codes.Count > 0, "No recovery codes shown: " + done.Text());
        return (key, codes);
    }

    /// <summary>The right password of an enrolled account: answered with the second step, not a session.</summary>
    private async Task<HttpClient> PasswordStepAsync(string email)
    {
        var client = factory.NewClient();
        var response = await client.SubmitAsync("/Account/Login", new Dictionary<string, string>
        {
            ["Input.Email"] = email, ["Input.Password"] = TestAccounts.Password,
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/LoginWith2fa", response.Headers.Location!.OriginalString);
        AssertSentToLogin(await client.GetAsync("/"));
        return client;
    }

    private static void AssertSentToLogin(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/Account/Login", response.Headers.Location!.AbsolutePath);
    }

    /// <summary>A six-digit code that is none of the codes valid around now.</summary>
    private static string WrongCode(string key)
    {
        var step = DateTimeOffset.UtcNow.ToUnixTimeSeconds() / 30;
        var valid = Enumerable.Range(-3, 7).Select(i => Totp.CodeForStep(key, step + i)).ToHashSet();
        return Enumerable.Range(0, 100).Select(i => (123456 + i * 7919).ToString("D6", System.Globalization.CultureInfo.InvariantCulture)).First(c => !valid.Contains(c));
    }
}

public sealed class TwoFactorTests_Sqlite(SqliteProductTwoFactorWebAppFactory factory) : TwoFactorTests(factory), IClassFixture<SqliteProductTwoFactorWebAppFactory>;

public sealed class TwoFactorTests_PostgreSql(PostgresProductTwoFactorWebAppFactory factory) : TwoFactorTests(factory), IClassFixture<PostgresProductTwoFactorWebAppFactory>;

/// <summary>The test hosts' setting (empty): nobody is asked; unknown role names stop the start-up.</summary>
public sealed class TwoFactorSettingTests(SqliteWebAppFactory factory) : IClassFixture<SqliteWebAppFactory>
{
    [Fact]
    public async Task An_empty_setting_asks_nobody()
    {
        Assert.Equal("", factory.Services.GetRequiredService<IConfiguration>()[TwoFactorOff.Key]);
        var admin = await factory.SignInAsync("quantri@demo.decree73.vn");

        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/Admin/Accounts")).StatusCode);
    }

    [Theory]
    [InlineData("Administrator,Chief")]
    [InlineData("UnitHead;InteriorOfficer")]
    [InlineData("3")]
    public void Unknown_role_names_stop_the_start_up_with_a_clear_message(string value)
    {
        using var services = Build(value);

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IStartupValidator>().Validate());
        Assert.Contains("Authentication:TwoFactorRequiredRoles holds unknown role(s)", error.Message);
    }

    [Theory]
    [InlineData("", 0)]
    [InlineData(" administrator , UnitHead ", 2)]
    public void Known_role_names_in_any_case_start(string value, int count)
    {
        using var services = Build(value);

        services.GetRequiredService<IStartupValidator>().Validate();
        Assert.Equal(count, services.GetRequiredService<IOptions<TwoFactorOptions>>().Value.RequiredRoles.Count);
    }

    private static ServiceProvider Build(string value)
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { [TwoFactorOff.Key] = value }).Build());
        services.AddOptions();
        services.AddTwoFactor();
        return services.BuildServiceProvider();
    }
}
