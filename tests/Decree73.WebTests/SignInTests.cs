using Decree73.TestSupport;
using System.Net;
using Decree73.Infrastructure.Seeding;
using Xunit;

namespace Decree73.WebTests;

public sealed class SignInTests(SqliteWebAppFactory factory) : IClassFixture<SqliteWebAppFactory>
{
    [Fact]
    public async Task Every_demo_account_signs_in_and_sees_its_roles_on_the_home_page()
    {
        foreach (var account in DemoSeeder.Accounts)
        {
            var client = await factory.SignInAsync(account.Email);

            var home = await client.GetDocumentAsync("/");

            Assert.Equal("vi", home.DocumentElement.GetAttribute("lang"));
            Assert.Contains("Vai trò của bạn", home.Text());
            Assert.DoesNotContain("chưa được phân vai trò", home.Text());
        }
    }

    [Fact]
    public async Task The_head_of_a_ward_sees_the_role_and_the_unit_and_no_admin_menu()
    {
        var client = await factory.SignInAsync("chutich.tramlo@demo.decree73.vn");

        var home = await client.GetDocumentAsync("/");

        Assert.Contains("Người đứng đầu tại UBND phường Trạm Lộ", home.Text());
        Assert.Null(home.QuerySelector("nav a[href='/Admin/Units']"));
    }

    [Fact]
    public async Task A_wrong_password_shows_a_vietnamese_error_and_keeps_the_email()
    {
        var client = factory.NewClient();

        var response = await client.SubmitAsync("/Account/Login", new Dictionary<string, string>
        {
            ["Input.Email"] = "phochutich.tramlo@demo.decree73.vn",
            ["Input.Password"] = "not the password at all",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await HtmlForms.ParseAsync(response);
        Assert.Contains("Thư điện tử hoặc mật khẩu không đúng, hoặc tài khoản đã bị khóa.", page.Text());
        Assert.Equal("phochutich.tramlo@demo.decree73.vn", page.QuerySelector("#Input_Email")!.GetAttribute("value"));
        Assert.Equal("", page.QuerySelector("#Input_Password")!.GetAttribute("value") ?? "");
    }

    [Fact]
    public async Task Empty_fields_get_messages_next_to_them()
    {
        var response = await factory.NewClient().SubmitAsync("/Account/Login", new Dictionary<string, string>
        {
            ["Input.Email"] = "",
            ["Input.Password"] = "",
        });

        var page = await HtmlForms.ParseAsync(response);
        Assert.Equal("Vui lòng nhập thư điện tử.", page.FieldError("Input.Email"));
        Assert.Equal("Vui lòng nhập mật khẩu.", page.FieldError("Input.Password"));
    }

    [Fact]
    public async Task Five_failures_do_not_lock_the_owner_out()
    {
        // An account of its own: the demo accounts are shared by the other tests of this class.
        const string email = "khoa.thu@test.vn";
        await factory.AddAsync(email, Domain.Access.AppRole.Proposer, "PHATTICH");
        for (var i = 0; i < 5; i++)
        {
            await factory.NewClient().SubmitAsync("/Account/Login", new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Password"] = "wrong password " + i });
        }

        var response = await factory.NewClient().SubmitAsync("/Account/Login", new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = TestAccounts.Password,
        });

        // A stranger guessing must not be able to lock the owner out (ASVS V6.3): only delays grow.
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    [Fact]
    public async Task Signing_out_ends_the_session()
    {
        var client = await factory.SignInAsync("truongphong.kt.tramlo@demo.decree73.vn");
        var home = await client.GetDocumentAsync("/");

        var response = await client.SubmitAsync(home, new Dictionary<string, string>(), "form[action='/Account/Logout']");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var after = await client.GetAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.StartsWith("/Account/Login", after.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_return_url_outside_the_site_is_ignored()
    {
        var client = factory.NewClient();

        var response = await client.SubmitAsync("/Account/Login?ReturnUrl=https%3A%2F%2Fevil.example%2F", new Dictionary<string, string>
        {
            ["Input.Email"] = "noivu.tinh@demo.decree73.vn",
            ["Input.Password"] = factory.DemoPassword,
        });

        Assert.Equal("/", response.Headers.Location!.OriginalString);
    }
}

public sealed class ChangePasswordTests(SqliteWebAppFactory factory) : IClassFixture<SqliteWebAppFactory>
{
    [Fact]
    public async Task A_user_changes_their_password_and_signs_in_with_the_new_one()
    {
        await factory.AddAsync("doi.mat.khau@test.vn", Domain.Access.AppRole.Proposer, "TRAMLO");
        var client = await factory.SignInAsync("doi.mat.khau@test.vn", TestAccounts.Password);

        var wrong = await client.SubmitAsync("/Account/ChangePassword", new Dictionary<string, string>
        {
            ["Input.CurrentPassword"] = "not my password at all", ["Input.NewPassword"] = "mat khau moi du dai", ["Input.ConfirmPassword"] = "mat khau moi du dai",
        });
        var changed = await client.SubmitAsync("/Account/ChangePassword", new Dictionary<string, string>
        {
            ["Input.CurrentPassword"] = TestAccounts.Password, ["Input.NewPassword"] = "mat khau moi du dai", ["Input.ConfirmPassword"] = "mat khau moi du dai",
        });

        Assert.Equal("Mật khẩu hiện tại không đúng.", (await HtmlForms.ParseAsync(wrong)).FieldError("Input.CurrentPassword"));
        Assert.Equal(System.Net.HttpStatusCode.Redirect, changed.StatusCode);
        await factory.SignInAsync("doi.mat.khau@test.vn", "mat khau moi du dai");
    }
}
