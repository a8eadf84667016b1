using System.Net;
using Decree73.Domain.Access;
using Decree73.TestSupport;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace Decree73.WebTests.Security;

/// <summary>A client's mistake is answered 400 with a Vietnamese message, never 500.</summary>
public sealed class MalformedRequestTests(SqliteWebAppFactory factory) : IClassFixture<SqliteWebAppFactory>
{
    [Fact]
    public async Task A_check_box_that_is_not_a_boolean_is_a_400_with_a_message()
    {
        var response = await factory.NewClient().SubmitAsync("/Account/Login", new Dictionary<string, string>
        {
            ["Input.Email"] = "ai.do@test.vn", ["Input.Password"] = "khong quan trong", ["Input.RememberMe"] = "maybe",
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Yêu cầu không hợp lệ", (await HtmlForms.ParseAsync(response)).Text());
    }

    [Fact]
    public async Task A_lock_flag_that_is_not_a_boolean_changes_nothing()
    {
        var userId = await factory.AddAsync("co.khoa.la@test.vn", AppRole.Proposer, "PHATTICH");
        var admin = await factory.SignInAsync("quantri@demo.decree73.vn");

        var response = await admin.SubmitAsync($"/Admin/Accounts/Details/{userId}", new Dictionary<string, string> { ["locked"] = "có" }, "form[action*='handler=Lock']");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(await factory.QueryAsync(db => db.Users.AnyAsync(u => u.Id == userId && u.LockoutEnd != null)));
    }

    [Theory]
    [InlineData("/Proposals?handler=Nope")]
    [InlineData("/Admin/Accounts?handler=Export")]
    public async Task An_unknown_handler_is_a_400_with_a_message(string url)
    {
        var admin = await factory.SignInAsync("quantri@demo.decree73.vn");

        var response = await admin.GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Yêu cầu không hợp lệ", (await HtmlForms.ParseAsync(response)).Text());
    }

    [Fact]
    public async Task A_post_without_a_valid_antiforgery_token_is_a_400_that_says_the_form_expired_and_nothing_was_saved()
    {
        var admin = await factory.SignInAsync("quantri@demo.decree73.vn");
        var before = await factory.QueryAsync(db => db.Units.CountAsync());

        var missing = await admin.PostAsync("/Admin/Units/Create", new FormUrlEncodedContent(new Dictionary<string, string> { ["Input.Code"] = "GIA-MAO", ["Input.Name"] = "Đơn vị giả mạo" }));
        var wrong = await admin.PostAsync("/Admin/Units/Create", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = "CfDJ8-khong-hop-le", ["Input.Code"] = "GIA-MAO", ["Input.Name"] = "Đơn vị giả mạo",
        }));

        foreach (var response in new[] { missing, wrong })
        {
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            var text = (await HtmlForms.ParseAsync(response)).Text();
            Assert.Contains("Biểu mẫu đã hết hiệu lực", text);
            Assert.Contains("chưa có gì được lưu", text);
        }

        Assert.Equal(before, await factory.QueryAsync(db => db.Units.CountAsync()));
    }

    [Fact]
    public async Task A_form_value_with_a_NUL_character_is_a_400_not_a_500()
    {
        var client = factory.NewClient();
        var form = await client.GetDocumentAsync("/Account/Login");
        var token = form.QuerySelector("input[name='__RequestVerificationToken']")!.GetAttribute("value")!;
        var body = new StringContent(
            "__RequestVerificationToken=" + Uri.EscapeDataString(token) + "&Input.Email=a%00b%40test.vn&Input.Password=x",
            System.Text.Encoding.ASCII, "application/x-www-form-urlencoded");

        var response = await client.PostAsync("/Account/Login", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        // A client's mistake, not the server's: never the 500 page.
        Assert.DoesNotContain("Đã xảy ra lỗi", (await HtmlForms.ParseAsync(response)).Text());
    }

    [Fact]
    public async Task A_post_to_an_unknown_handler_is_a_400()
    {
        var client = factory.NewClient();
        var form = await client.GetDocumentAsync("/Account/Login");
        var token = form.QuerySelector("input[name='__RequestVerificationToken']")!.GetAttribute("value")!;

        var response = await client.PostAsync("/Account/Login?handler=Bogus", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        // With a valid token it is the generic message, not the expired-form one.
        Assert.DoesNotContain("Biểu mẫu đã hết hiệu lực", (await HtmlForms.ParseAsync(response)).Text());
    }
}
