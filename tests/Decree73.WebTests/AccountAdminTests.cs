using System.Net;
using Decree73.Domain.Access;
using Decree73.TestSupport;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace Decree73.WebTests;

public sealed class AccountAdminTests(SqliteWebAppFactory factory) : IClassFixture<SqliteWebAppFactory>
{
    private async Task<string> OfficerIdAsync(string name) =>
        (await factory.QueryAsync(db => db.Officers.Where(o => o.FullName == name).Select(o => o.Id).SingleAsync())).ToString(System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public async Task An_administrator_creates_an_account_grants_a_role_and_the_officer_signs_in()
    {
        var admin = await factory.SignInAsync("quantri@demo.decree73.vn");
        var officerId = await OfficerIdAsync("Bùi Văn Nam");

        var tooShort = await admin.SubmitAsync("/Admin/Accounts/Create", new Dictionary<string, string>
        {
            ["Input.OfficerId"] = officerId, ["Input.Email"] = "nam.bv@tramlo.test.vn", ["Input.Password"] = "ngan qua 11",
        });
        var tooShortPage = await HtmlForms.ParseAsync(tooShort);
        Assert.Equal("Mật khẩu phải có ít nhất 12 ký tự.", tooShortPage.FieldError("Input.Password"));
        Assert.Equal("nam.bv@tramlo.test.vn", tooShortPage.QuerySelector("#Input_Email")!.GetAttribute("value"));

        var created = await admin.SubmitAsync("/Admin/Accounts/Create", new Dictionary<string, string>
        {
            ["Input.OfficerId"] = officerId, ["Input.Email"] = "nam.bv@tramlo.test.vn", ["Input.Password"] = "mot cum tu du dai",
        });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var details = created.Headers.Location!.OriginalString;

        var granted = await admin.SubmitAsync(details, new Dictionary<string, string>
        {
            ["Grant.Role"] = "Proposer", ["Grant.UnitId"] = (await factory.UnitIdAsync("TRAMLO")).ToString(System.Globalization.CultureInfo.InvariantCulture),
        }, "form[action*='handler=Grant']");
        Assert.Equal(HttpStatusCode.Redirect, granted.StatusCode);

        var officer = await factory.SignInAsync("nam.bv@tramlo.test.vn", "mot cum tu du dai");
        Assert.Contains("Cán bộ đề xuất tại UBND phường Trạm Lộ", (await officer.GetDocumentAsync("/")).Text());
        Assert.Contains("Xin chào, Bùi Văn Nam.", (await officer.GetDocumentAsync("/")).Text());
    }

    [Fact]
    public async Task An_office_administrator_cannot_grant_an_interior_role_that_reaches_beyond_their_subtree()
    {
        // Phòng Văn hóa – Xã hội monitors the whole ward, which the office's own administrator does not administer.
        await factory.AddAsync("quantri.vhxh@test.vn", AppRole.Administrator, "TRAMLO-VHXH");
        var insider = await factory.AddAsync("nguoi.vhxh@test.vn", AppRole.Proposer, "TRAMLO-VHXH");
        var client = await factory.SignInAsync("quantri.vhxh@test.vn", TestAccounts.Password);
        var office = (await factory.UnitIdAsync("TRAMLO-VHXH")).ToString(System.Globalization.CultureInfo.InvariantCulture);

        var interior = await client.SubmitAsync($"/Admin/Accounts/Details/{insider}", new Dictionary<string, string>
        {
            ["Grant.Role"] = "InteriorOfficer", ["Grant.UnitId"] = office,
        }, "form[action*='handler=Grant']");
        var proposer = await client.SubmitAsync($"/Admin/Accounts/Details/{insider}", new Dictionary<string, string>
        {
            ["Grant.Role"] = "LeadershipMember", ["Grant.UnitId"] = office,
        }, "form[action*='handler=Grant']");

        Assert.Equal("/Account/AccessDenied", interior.Headers.Location!.AbsolutePath);
        Assert.Equal(HttpStatusCode.Redirect, proposer.StatusCode);
        Assert.False(await factory.QueryAsync(db => db.RoleGrants.AnyAsync(g => g.UserId == insider && g.Role == AppRole.InteriorOfficer)));
    }

    [Fact]
    public async Task A_locked_account_cannot_sign_in()
    {
        var admin = await factory.SignInAsync("quantri@demo.decree73.vn");
        var userId = await factory.AddAsync("se.bi.khoa@test.vn", AppRole.Proposer, "PHATTICH");

        var locked = await admin.SubmitAsync($"/Admin/Accounts/Details/{userId}", new Dictionary<string, string>(), "form[action*='handler=Lock']");
        var signIn = await factory.NewClient().SubmitAsync("/Account/Login", new Dictionary<string, string>
        {
            ["Input.Email"] = "se.bi.khoa@test.vn", ["Input.Password"] = TestAccounts.Password,
        });

        Assert.Equal(HttpStatusCode.Redirect, locked.StatusCode);
        Assert.Equal(HttpStatusCode.OK, signIn.StatusCode);
        Assert.Contains("bị khóa", (await HtmlForms.ParseAsync(signIn)).Text());
    }

    [Fact]
    public async Task A_commune_administrator_cannot_see_or_grant_outside_their_commune()
    {
        await factory.AddAsync("quantri.xa.tramlo@test.vn", AppRole.Administrator, "TRAMLO");
        var outsider = await factory.AddAsync("nguoi.phattich@test.vn", AppRole.Proposer, "PHATTICH");
        var insider = await factory.AddAsync("nguoi.tramlo@test.vn", AppRole.Proposer, "TRAMLO");
        var client = await factory.SignInAsync("quantri.xa.tramlo@test.vn", TestAccounts.Password);
        var phatTich = (await factory.UnitIdAsync("PHATTICH")).ToString(System.Globalization.CultureInfo.InvariantCulture);

        var read = await client.GetAsync($"/Admin/Accounts/Details/{outsider}");
        // The real grant form of an account they do administer, with a unit of another commune posted.
        var grant = await client.SubmitAsync($"/Admin/Accounts/Details/{insider}", new Dictionary<string, string>
        {
            ["Grant.Role"] = "Administrator", ["Grant.UnitId"] = phatTich,
        }, "form[action*='handler=Grant']");
        var list = await client.GetDocumentAsync("/Admin/Accounts");

        Assert.Equal("/Account/AccessDenied", read.Headers.Location!.AbsolutePath);
        Assert.Equal("/Account/AccessDenied", grant.Headers.Location!.AbsolutePath);
        Assert.False(await factory.QueryAsync(db => db.RoleGrants.AnyAsync(g => g.UserId == insider && g.Role == AppRole.Administrator)));
        Assert.DoesNotContain("nguoi.phattich@test.vn", list.Text());
        Assert.Contains("nguoi.tramlo@test.vn", list.Text());
    }
}
