using System.Globalization;
using System.Net;
using Decree73.TestSupport;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace Decree73.WebTests;

public sealed class OfficerAdminTests(SqliteWebAppFactory factory) : IClassFixture<SqliteWebAppFactory>
{
    private async Task<Dictionary<string, string>> FormAsync(string name, string dateOfBirth) => new()
    {
        ["Input.FullName"] = name,
        ["Input.Sex"] = "Female",
        ["Input.DateOfBirth"] = dateOfBirth,
        ["Input.Ethnicity"] = "Tày",
        ["Input.EducationLevel"] = "Master",
        ["Input.PoliticalTheoryLevel"] = "Advanced",
        ["Input.Category"] = "CivilServant",
        ["Input.PostKind"] = "Deputy",
        ["Input.PostTitle"] = "Phó Trưởng phòng Kinh tế",
        ["Input.UnitId"] = (await factory.UnitIdAsync("TRAMLO-KT")).ToString(CultureInfo.InvariantCulture),
    };

    [Fact]
    public async Task A_date_typed_as_dd_MM_yyyy_is_stored_and_shown_back_the_same_way()
    {
        var client = await factory.SignInAsync("quantri@demo.decree73.vn");

        var response = await client.SubmitAsync("/Admin/Officers/Create", await FormAsync("Hà Thị Thu Trang", "05/01/1990"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var officer = await factory.QueryAsync(db => db.Officers.SingleAsync(o => o.FullName == "Hà Thị Thu Trang"));
        Assert.Equal(new DateOnly(1990, 1, 5), officer.DateOfBirth);
        Assert.Equal("Tày", officer.Ethnicity);
        var edit = await client.GetDocumentAsync($"/Admin/Officers/Edit/{officer.Id}");
        Assert.Equal("05/01/1990", edit.QuerySelector("#Input_DateOfBirth")!.GetAttribute("value"));
    }

    [Fact]
    public async Task An_impossible_date_and_a_missing_title_come_back_in_vietnamese_with_the_input_kept()
    {
        var client = await factory.SignInAsync("quantri@demo.decree73.vn");
        var form = await FormAsync("Người Nhập Sai", "31/02/1990");
        form["Input.PostTitle"] = "";

        var response = await client.SubmitAsync("/Admin/Officers/Create", form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await HtmlForms.ParseAsync(response);
        Assert.Equal("Giá trị '31/02/1990' không hợp lệ.", page.FieldError("Input.DateOfBirth"));
        Assert.Equal("31/02/1990", page.QuerySelector("#Input_DateOfBirth")!.GetAttribute("value"));
        Assert.Equal("Người Nhập Sai", page.QuerySelector("#Input_FullName")!.GetAttribute("value"));
        Assert.False(await factory.QueryAsync(db => db.Officers.AnyAsync(o => o.FullName == "Người Nhập Sai")));
    }

    [Fact]
    public async Task The_officer_list_is_paged_by_keyset_links()
    {
        var client = await factory.SignInAsync("quantri@demo.decree73.vn");
        for (var i = 0; i < 45; i++)
        {
            Assert.Equal(HttpStatusCode.Redirect, (await client.SubmitAsync("/Admin/Officers/Create", await FormAsync($"Cán Bộ Thử {i:00}", "01/01/1985"))).StatusCode);
        }

        var first = await client.GetDocumentAsync("/Admin/Officers");
        var next = first.QuerySelector("a[rel='next']")!.GetAttribute("href")!;
        var second = await client.GetDocumentAsync(next);

        var firstNames = first.QuerySelectorAll("tbody tr td:first-child").Select(td => td.TextContent.Trim()).ToList();
        var secondNames = second.QuerySelectorAll("tbody tr td:first-child").Select(td => td.TextContent.Trim()).ToList();
        Assert.Equal(50, firstNames.Count);
        Assert.NotEmpty(secondNames);
        Assert.Empty(firstNames.Intersect(secondNames));
        Assert.Null(second.QuerySelector("a[rel='next']"));
    }
}
