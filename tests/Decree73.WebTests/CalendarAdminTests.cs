using System.Net;
using Decree73.Domain.Access;
using Decree73.Domain.Calendar;
using Decree73.TestSupport;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace Decree73.WebTests;

/// <summary>The working-day calendar page: a province administrator maintains it, everyone else may at most read it.</summary>
public sealed class CalendarAdminTests(SqliteWebAppFactory factory) : IClassFixture<SqliteWebAppFactory>
{
    private const string ProvinceAdmin = "quantri@demo.decree73.vn";

    [Fact]
    public async Task The_seeded_tet_holidays_are_listed_with_their_weekday()
    {
        var admin = await factory.SignInAsync(ProvinceAdmin);

        var page = await admin.GetDocumentAsync("/Admin/Calendar?year=2026");

        var tet = page.QuerySelectorAll("tbody tr").First(r => r.TextContent.Contains("17/02/2026"));
        Assert.Contains("Thứ Ba", tet.TextContent);
        Assert.Contains("Tết Nguyên đán", tet.TextContent);
    }

    [Fact]
    public async Task A_province_administrator_adds_a_day_off_is_told_what_is_wrong_and_removes_it()
    {
        var admin = await factory.SignInAsync(ProvinceAdmin);
        var form = await admin.GetDocumentAsync("/Admin/Calendar?year=2027");
        var add = "form[action*='handler=Add']";

        var saturday = await admin.SubmitAsync(form, new Dictionary<string, string>
        {
            ["Input.Date"] = "25/12/2027", ["Input.Kind"] = nameof(CalendarDayKind.DayOff), ["Input.Name"] = "Nghỉ thử",
        }, add);
        var notADate = await admin.SubmitAsync(form, new Dictionary<string, string>
        {
            ["Input.Date"] = "31/02/2027", ["Input.Kind"] = nameof(CalendarDayKind.DayOff), ["Input.Name"] = "Ngày không có",
        }, add);
        var added = await admin.SubmitAsync(form, new Dictionary<string, string>
        {
            ["Input.Date"] = "24/12/2027", ["Input.Kind"] = nameof(CalendarDayKind.DayOff), ["Input.Name"] = "Nghỉ hoán đổi thử",
        }, add);
        var again = await admin.SubmitAsync(form, new Dictionary<string, string>
        {
            ["Input.Date"] = "24/12/2027", ["Input.Kind"] = nameof(CalendarDayKind.DayOff), ["Input.Name"] = "Lần hai",
        }, add);

        var saturdayPage = await HtmlForms.ParseAsync(saturday);
        Assert.Equal("Thứ Bảy và Chủ nhật vốn là ngày nghỉ, không cần ghi thêm.", saturdayPage.FieldError("Input.Date"));
        var notADatePage = await HtmlForms.ParseAsync(notADate);
        Assert.NotEmpty(notADatePage.FieldError("Input.Date"));
        Assert.Equal("31/02/2027", notADatePage.QuerySelector("#Input_Date")!.GetAttribute("value"));
        Assert.Equal("Ngày không có", notADatePage.QuerySelector("#Input_Name")!.GetAttribute("value"));
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.Contains("đã có trong lịch", (await HtmlForms.ParseAsync(again)).FieldError("Input.Date"));
        Assert.Equal(1, await factory.QueryAsync(db => db.CalendarDays.CountAsync(d => d.Date == new DateOnly(2027, 12, 24))));

        var listed = await admin.GetDocumentAsync("/Admin/Calendar?year=2027");
        var row = listed.QuerySelectorAll("tbody tr").Single(r => r.TextContent.Contains("24/12/2027"));
        Assert.Contains("Thứ Sáu", row.TextContent);
        var id = await factory.QueryAsync(db => db.CalendarDays.Where(d => d.Date == new DateOnly(2027, 12, 24)).Select(d => d.Id).SingleAsync());
        var removed = await admin.SubmitAsync(listed, new Dictionary<string, string>(), $"form[action*='handler=Delete'][action*='id={id}&']");
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.Equal(0, await factory.QueryAsync(db => db.CalendarDays.CountAsync(d => d.Date == new DateOnly(2027, 12, 24))));
    }

    [Fact]
    public async Task A_commune_administrator_reads_the_calendar_but_cannot_change_it()
    {
        await factory.AddAsync("quantri.tramlo@test.vn", AppRole.Administrator, "TRAMLO");
        var communeAdmin = await factory.SignInAsync("quantri.tramlo@test.vn", TestAccounts.Password);
        var proposer = await factory.SignInAsync("truongphong.kt.tramlo@demo.decree73.vn");

        var page = await communeAdmin.GetDocumentAsync("/Admin/Calendar?year=2026");
        Assert.Null(page.QuerySelector("form[action*='handler=Add']"));
        Assert.Contains("chỉ quản trị viên cấp tỉnh", page.Body!.TextContent);

        // Posting anyway, with a valid antiforgery token from the page's own year form.
        var token = (await communeAdmin.GetDocumentAsync("/Account/ChangePassword")).QuerySelector("input[name='__RequestVerificationToken']")!.GetAttribute("value")!;
        var forced = await communeAdmin.PostAsync("/Admin/Calendar?handler=Add&year=2027", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["Input.Date"] = "23/12/2027", ["Input.Kind"] = "DayOff", ["Input.Name"] = "Tự đặt",
        }));
        Assert.Equal("/Account/AccessDenied", forced.Headers.Location!.AbsolutePath);
        Assert.Equal(0, await factory.QueryAsync(db => db.CalendarDays.CountAsync(d => d.Date == new DateOnly(2027, 12, 23))));

        var byProposer = await proposer.GetAsync("/Admin/Calendar");
        Assert.Equal("/Account/AccessDenied", byProposer.Headers.Location!.AbsolutePath);
    }
}
