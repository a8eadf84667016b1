using System.Globalization;
using System.Net;
using Decree73.Domain.Access;
using Decree73.TestSupport;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace Decree73.WebTests.Security;

/// <summary>ASVS V8.2/V8.3: separation of duties for role grants.</summary>
public sealed class RoleGrantTests(SqliteWebAppFactory factory) : IClassFixture<SqliteWebAppFactory>
{
    private const string AdminEmail = "quantri@demo.decree73.vn";

    [Fact]
    public async Task An_administrator_cannot_make_themselves_head_of_a_unit()
    {
        var admin = await factory.SignInAsync(AdminEmail);
        var me = await factory.QueryAsync(db => db.Users.Where(u => u.Email == AdminEmail).Select(u => u.Id).SingleAsync());
        var tramLo = (await factory.UnitIdAsync("TRAMLO")).ToString(CultureInfo.InvariantCulture);

        var response = await admin.SubmitAsync($"/Admin/Accounts/Details/{me}", new Dictionary<string, string>
        {
            ["Grant.Role"] = "UnitHead", ["Grant.UnitId"] = tramLo,
        }, "form[action*='handler=Grant']");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Bạn không thể tự phân vai trò cho chính mình", (await HtmlForms.ParseAsync(response)).Text());
        Assert.False(await factory.QueryAsync(db => db.RoleGrants.AnyAsync(g => g.UserId == me && g.Role == AppRole.UnitHead)));
    }

    [Fact]
    public async Task Granting_the_head_role_is_shown_to_the_other_administrators_of_the_province()
    {
        await factory.AddAsync("quantri.hai@test.vn", AppRole.Administrator, "BN");
        var officer = await factory.AddAsync("truong.moi@test.vn", AppRole.Proposer, "PHATTICH");
        var admin = await factory.SignInAsync(AdminEmail);

        var granted = await admin.SubmitAsync($"/Admin/Accounts/Details/{officer}", new Dictionary<string, string>
        {
            ["Grant.Role"] = "UnitHead", ["Grant.UnitId"] = (await factory.UnitIdAsync("PHATTICH")).ToString(CultureInfo.InvariantCulture),
        }, "form[action*='handler=Grant']");
        Assert.Equal(HttpStatusCode.Redirect, granted.StatusCode);

        var other = await factory.SignInAsync("quantri.hai@test.vn", TestAccounts.Password);
        var rows = (await other.GetDocumentAsync("/Admin/Accounts")).QuerySelectorAll("#privileged-grants tbody tr")
            .Select(r => r.TextContent).ToList();
        Assert.Contains(rows, r => r.Contains(AdminEmail, StringComparison.Ordinal) && r.Contains("truong.moi@test.vn", StringComparison.Ordinal)
                                   && r.Contains("UBND xã Phật Tích", StringComparison.Ordinal));
    }
}
