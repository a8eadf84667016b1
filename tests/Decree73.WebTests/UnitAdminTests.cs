using System.Globalization;
using System.Net;
using Decree73.Domain.Access;
using Decree73.TestSupport;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace Decree73.WebTests;

/// <summary>The unit pages through real form posts, on each provider.</summary>
public abstract class UnitAdminTests(WebAppFactory factory)
{
    private const string Admin = "quantri@demo.decree73.vn";

    private static Dictionary<string, string> UnitForm(string code, string name, int parentId, string kind = "CommuneOffice") => new()
    {
        ["Input.Code"] = code,
        ["Input.Name"] = name,
        ["Input.Kind"] = kind,
        ["Input.ParentId"] = parentId.ToString(CultureInfo.InvariantCulture),
    };

    [ServiceFact]
    public async Task An_administrator_creates_a_unit_and_sees_it_listed()
    {
        var client = await factory.SignInAsync(Admin);
        var parent = await factory.UnitIdAsync("TRAMLO");

        var response = await client.SubmitAsync("/Admin/Units/Create", UnitForm("TRAMLO-TTHC", "Trung tâm Phục vụ hành chính công phường Trạm Lộ", parent));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var list = await client.GetDocumentAsync("/Admin/Units");
        Assert.Contains("Đã thêm đơn vị.", list.Text());
        Assert.Contains("Trung tâm Phục vụ hành chính công phường Trạm Lộ", list.Text());
    }

    [ServiceFact]
    public async Task Invalid_input_comes_back_with_messages_next_to_the_fields_and_what_was_typed()
    {
        var client = await factory.SignInAsync(Admin);
        var parent = await factory.UnitIdAsync("TRAMLO");

        var response = await client.SubmitAsync("/Admin/Units/Create", UnitForm("TRAMLO-VP", "Tên gõ dở dang", parent));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await HtmlForms.ParseAsync(response);
        Assert.Equal("Mã đơn vị này đã được dùng cho một đơn vị khác.", page.FieldError("Input.Code"));
        Assert.Equal("Tên gõ dở dang", page.QuerySelector("#Input_Name")!.GetAttribute("value"));
        Assert.Equal(1, await factory.QueryAsync(db => db.Units.CountAsync(u => u.Code == "TRAMLO-VP")));
    }

    [ServiceFact]
    public async Task A_second_editor_with_a_stale_form_is_told_to_reload_and_overwrites_nothing()
    {
        var client = await factory.SignInAsync(Admin);
        var id = await factory.UnitIdAsync("PHATTICH-VP");
        var firstForm = await client.GetDocumentAsync($"/Admin/Units/Edit/{id}");
        var secondForm = await client.GetDocumentAsync($"/Admin/Units/Edit/{id}");

        var first = await client.SubmitAsync(firstForm, new Dictionary<string, string> { ["Input.Name"] = "Văn phòng (sửa lần 1)" });
        var second = await client.SubmitAsync(secondForm, new Dictionary<string, string> { ["Input.Name"] = "Văn phòng (sửa lần 2)" });

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Contains("vừa được người khác thay đổi", (await HtmlForms.ParseAsync(second)).Text());
        Assert.Equal("Văn phòng (sửa lần 1)", await factory.QueryAsync(db => db.Units.Where(u => u.Id == id).Select(u => u.Name).SingleAsync()));
    }

    [ServiceFact]
    public async Task Deleting_a_unit_with_officers_is_refused_with_a_message()
    {
        var client = await factory.SignInAsync(Admin);
        var id = await factory.UnitIdAsync("TRAMLO-KT");

        var response = await client.SubmitAsync($"/Admin/Units/Edit/{id}", new Dictionary<string, string>(), "form[action*='handler=Delete']");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("đơn vị còn cán bộ", (await HtmlForms.ParseAsync(response)).Text());
        Assert.True(await factory.QueryAsync(db => db.Units.AnyAsync(u => u.Id == id)));
    }

    [ServiceFact]
    public async Task A_commune_administrator_cannot_read_or_change_another_communes_units()
    {
        await factory.AddAsync("quantri.tramlo@test.vn", AppRole.Administrator, "TRAMLO");
        var client = await factory.SignInAsync("quantri.tramlo@test.vn", TestAccounts.Password);
        var own = await factory.UnitIdAsync("TRAMLO-VP");
        var other = await factory.UnitIdAsync("PHATTICH-VP");
        var otherCommune = await factory.UnitIdAsync("PHATTICH");

        var read = await client.GetAsync($"/Admin/Units/Edit/{other}");
        // A real form of their own unit, re-aimed at the other commune's unit.
        var ownForm = await client.GetDocumentAsync($"/Admin/Units/Edit/{own}");
        var token = ownForm.QuerySelector("input[name='__RequestVerificationToken']")!.GetAttribute("value")!;
        var change = await client.PostAsync($"/Admin/Units/Edit/{other}", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["Version"] = "2", ["Input.Code"] = "PHATTICH-VP", ["Input.Name"] = "Bị sửa trái phép",
            ["Input.Kind"] = "CommuneOffice", ["Input.ParentId"] = otherCommune.ToString(CultureInfo.InvariantCulture),
        }));
        // Over-posting a parent outside their subtree when creating.
        var create = await client.SubmitAsync("/Admin/Units/Create", UnitForm("LAN-CHIEM", "Đơn vị lấn chiếm", otherCommune));
        var list = await client.GetDocumentAsync("/Admin/Units");

        AssertDenied(read);
        AssertDenied(change);
        AssertDenied(create);
        Assert.DoesNotContain("Phật Tích", list.Text());
        Assert.Contains("Trạm Lộ", list.Text());
        Assert.NotEqual("Bị sửa trái phép", await factory.QueryAsync(db => db.Units.Where(u => u.Id == other).Select(u => u.Name).SingleAsync()));
        Assert.False(await factory.QueryAsync(db => db.Units.AnyAsync(u => u.Code == "LAN-CHIEM")));
    }

    [ServiceFact]
    public async Task Someone_who_is_not_an_administrator_is_refused_the_admin_pages()
    {
        var client = await factory.SignInAsync("chutich.tramlo@demo.decree73.vn");

        foreach (var url in new[] { "/Admin/Units", "/Admin/Officers", "/Admin/Accounts", "/Admin/Units/Create" })
        {
            AssertDenied(await client.GetAsync(url));
        }
    }

    private static void AssertDenied(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/AccessDenied", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }
}

public sealed class UnitAdminTests_Sqlite(SqliteWebAppFactory factory) : UnitAdminTests(factory), IClassFixture<SqliteWebAppFactory>;

[RequiresPostgres]
public sealed class UnitAdminTests_PostgreSql(PostgresWebAppFactory factory) : UnitAdminTests(factory), IClassFixture<PostgresWebAppFactory>;
