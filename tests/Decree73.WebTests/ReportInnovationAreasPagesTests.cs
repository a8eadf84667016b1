using System.Globalization;
using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Decree73.TestSupport;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace Decree73.WebTests;

/// <summary>
/// Section I.2 on the report's edit page: prefilled from the figures until saved, the writer's text kept once saved,
/// and "Tạo lại từ số liệu" bringing the generated text back into the form without saving anything.
/// </summary>
public sealed class ReportInnovationAreasPagesTests(SqliteWebAppFactory factory) : IClassFixture<SqliteWebAppFactory>
{
    private const string TramLoInterior = "noivu.tramlo@demo.decree73.vn";

    private Task<string?> StoredAsync(int id) =>
        factory.QueryAsync(db => db.PeriodicReports.Where(r => r.Id == id).Select(r => r.InnovationAreasText).SingleAsync());

    [Fact]
    public async Task Section_I2_is_prefilled_until_saved_and_regenerating_it_replaces_only_the_form_not_what_was_saved()
    {
        var client = await factory.SignInAsync(TramLoInterior);
        var created = await client.SubmitAsync("/Reports/Create", new Dictionary<string, string>
        {
            ["Input.UnitId"] = (await factory.UnitIdAsync("TRAMLO")).ToString(CultureInfo.InvariantCulture),
            ["Input.PeriodKind"] = "Quarter", ["Input.Year"] = "2026", ["Input.PeriodNumber"] = "2",
        });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var id = int.Parse(created.Headers.Location!.OriginalString.Split('/')[^1], CultureInfo.InvariantCulture);

        // Never saved: the form offers the generated text and says it is not saved; nothing is stored yet.
        var edit = await client.GetDocumentAsync($"/Reports/Edit/{id}");
        var area = edit.QuerySelector<IHtmlTextAreaElement>("#Input_InnovationAreas")!;
        Assert.Contains("- Cải cách thủ tục hành chính: ", area.Value, StringComparison.Ordinal);
        Assert.Contains("Các nội dung đổi mới, sáng tạo chủ yếu gồm:", area.Value, StringComparison.Ordinal);
        Assert.NotNull(edit.QuerySelector("#innovation-areas-notice"));
        Assert.Equal("Mục I.2 – Ngành, lĩnh vực và nội dung khuyến khích cán bộ năng động, sáng tạo", edit.QuerySelector("label[for='Input_InnovationAreas']")!.TextContent.Trim());
        Assert.Null(await StoredAsync(id));

        const string written = "Lĩnh vực trọng tâm của phường: chuyển đổi số.";
        Assert.Equal(HttpStatusCode.Redirect, (await client.SubmitAsync(edit, new Dictionary<string, string> { ["Input.InnovationAreas"] = written })).StatusCode);
        Assert.Equal(written, await StoredAsync(id));

        // Saved: the writer's text comes back as written, without the notice.
        edit = await client.GetDocumentAsync($"/Reports/Edit/{id}");
        Assert.Equal(written, edit.QuerySelector<IHtmlTextAreaElement>("#Input_InnovationAreas")!.Value);
        Assert.Null(edit.QuerySelector("#innovation-areas-notice"));

        // "Tạo lại từ số liệu": the generated text in the form, the rest as typed, nothing saved until "Lưu".
        var regenerated = await client.SubmitAsync(edit, new Dictionary<string, string> { ["Input.Strengths"] = "Đang viết dở" }, "main form", "#regenerate-innovation-areas");
        Assert.Equal(HttpStatusCode.OK, regenerated.StatusCode);
        var page = await HtmlForms.ParseAsync(regenerated);
        Assert.Contains("- Chuyển đổi số: ", page.QuerySelector<IHtmlTextAreaElement>("#Input_InnovationAreas")!.Value, StringComparison.Ordinal);
        Assert.Equal("Đang viết dở", page.QuerySelector<IHtmlTextAreaElement>("#Input_Strengths")!.Value);
        Assert.Contains("chưa lưu", page.QuerySelector("#innovation-areas-notice")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(written, await StoredAsync(id));

        var details = await client.GetDocumentAsync($"/Reports/Details/{id}");
        Assert.Equal(written, details.QuerySelector("#innovation-areas")!.TextContent.Trim());
    }
}
