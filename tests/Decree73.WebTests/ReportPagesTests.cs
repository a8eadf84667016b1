using System.Globalization;
using System.Net;
using Decree73.Domain.Reports;
using Decree73.TestSupport;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace Decree73.WebTests;

/// <summary>The periodic report pages on the demo organisation: who may write and read, validation, freezing, the inbox.</summary>
public sealed class ReportPagesTests(SqliteWebAppFactory factory) : IClassFixture<SqliteWebAppFactory>
{
    private const string TramLoInterior = "noivu.tramlo@demo.decree73.vn";
    private const string TramLoHead = "chutich.tramlo@demo.decree73.vn";
    private const string Proposer = "truongphong.kt.tramlo@demo.decree73.vn";
    private const string ProvinceInterior = "noivu.tinh@demo.decree73.vn";
    private const string PhatTichHead = "chutich.phattich@demo.decree73.vn";

    private static readonly Dictionary<string, HttpClient> Clients = [];

    private async Task<HttpClient> As(string email)
    {
        var key = factory.Database.ConnectionString + email;
        if (!Clients.TryGetValue(key, out var client))
        {
            Clients[key] = client = await factory.SignInAsync(email);
        }

        return client;
    }

    private async Task<int> CreateAsync(HttpClient client, string unitCode, int year, int quarter)
    {
        var response = await client.SubmitAsync("/Reports/Create", new Dictionary<string, string>
        {
            ["Input.UnitId"] = (await factory.UnitIdAsync(unitCode)).ToString(CultureInfo.InvariantCulture),
            ["Input.PeriodKind"] = "Quarter", ["Input.Year"] = year.ToString(CultureInfo.InvariantCulture),
            ["Input.PeriodNumber"] = quarter.ToString(CultureInfo.InvariantCulture),
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return int.Parse(response.Headers.Location!.OriginalString.Split('/')[^1], CultureInfo.InvariantCulture);
    }

    /// <summary>Fills in the blank Decree 30 frame fields on the edit page (submission requires them), keeping the rest.</summary>
    private static async Task CompleteFrameAsync(HttpClient client, int id)
    {
        var edit = await client.GetDocumentAsync($"/Reports/Edit/{id}");
        var frame = new Dictionary<string, string>
        {
            ["Input.DocumentNumber"] = "15/BC-UBND", ["Input.Place"] = "Trạm Lộ", ["Input.ReportDate"] = "05/10/2026",
            ["Input.SignerCapacity"] = "CHỦ TỊCH", ["Input.SignerName"] = "Đỗ Thị Vân",
        };
        var blank = frame.Where(f => string.IsNullOrEmpty(((AngleSharp.Html.Dom.IHtmlInputElement)edit.QuerySelector($"#{f.Key.Replace('.', '_')}")!).Value))
            .ToDictionary(f => f.Key, f => f.Value);
        Assert.Equal(HttpStatusCode.Redirect, (await client.SubmitAsync(edit, blank)).StatusCode);
    }

    private async Task SubmitAsync(HttpClient client, int id)
    {
        await CompleteFrameAsync(client, id);
        var response = await client.SubmitAsync($"/Reports/Submit/{id}", new Dictionary<string, string> { ["Input.Confirmed"] = "true" });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/Reports/Details/{id}", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task The_interior_office_writes_a_draft_is_told_what_is_wrong_without_losing_it_and_submits_after_confirming()
    {
        var client = await As(TramLoInterior);
        var id = await CreateAsync(client, "TRAMLO", 2026, 3);

        var edit = await client.GetDocumentAsync($"/Reports/Edit/{id}");
        Assert.Contains("Đề xuất tiếp nhận", edit.Text());
        var tooLong = await client.SubmitAsync(edit, new Dictionary<string, string>
        {
            ["Input.ImplementationWork"] = "UBND phường đã quán triệt Nghị định 73 đến toàn thể cán bộ.",
            ["Input.DocumentNumber"] = new string('9', 61), ["Input.ReportDate"] = "05/10/2026",
        });
        var shown = await HtmlForms.ParseAsync(tooLong);
        Assert.Equal(HttpStatusCode.OK, tooLong.StatusCode);
        Assert.Equal("Nội dung không được dài quá 60 ký tự.", shown.FieldError("Input.DocumentNumber"));
        Assert.Equal("UBND phường đã quán triệt Nghị định 73 đến toàn thể cán bộ.", shown.QuerySelector("#Input_ImplementationWork")!.TextContent);

        var saved = await client.SubmitAsync(shown, new Dictionary<string, string> { ["Input.DocumentNumber"] = "15/BC-UBND", ["Input.Place"] = "Trạm Lộ" });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var stored = await factory.QueryAsync(db => db.PeriodicReports.AsNoTracking().SingleAsync(r => r.Id == id));
        Assert.Equal(("15/BC-UBND", new DateOnly(2026, 10, 5)), (stored.DocumentNumber, stored.ReportDate!.Value));
        Assert.Equal("UBND phường đã quán triệt Nghị định 73 đến toàn thể cán bộ.", stored.ImplementationWork);

        var unconfirmed = await client.SubmitAsync($"/Reports/Submit/{id}", new Dictionary<string, string>());
        Assert.Equal("Vui lòng xác nhận trước khi gửi.", (await HtmlForms.ParseAsync(unconfirmed)).FieldError("Input.Confirmed"));
        Assert.Equal(ReportStatus.Draft, (await factory.QueryAsync(db => db.PeriodicReports.AsNoTracking().SingleAsync(r => r.Id == id))).Status);

        await SubmitAsync(client, id);
        var details = await client.GetDocumentAsync($"/Reports/Details/{id}");
        Assert.Contains("Đã chốt", details.Text());
        Assert.Contains("Hiện tại", details.Text());
        Assert.Contains("Ngày 05 tháng 10 năm 2026".ToLowerInvariant(), details.Text().ToLowerInvariant());
        var afterwards = await client.GetAsync($"/Reports/Edit/{id}");
        Assert.Equal(HttpStatusCode.Redirect, afterwards.StatusCode);
        Assert.Equal(ReportStatus.Submitted, (await factory.QueryAsync(db => db.PeriodicReports.AsNoTracking().SingleAsync(r => r.Id == id))).Status);
    }

    [Fact]
    public async Task Submitting_with_a_blank_frame_is_refused_and_the_edit_page_says_what_to_fill_in_next_to_the_fields()
    {
        var client = await As(TramLoInterior);
        var id = await CreateAsync(client, "TRAMLO", 2025, 1);

        var page = await client.GetDocumentAsync($"/Reports/Submit/{id}");
        var missing = page.QuerySelectorAll("#frame-missing li a").Select(a => a.TextContent.Trim()).ToList();
        Assert.Equal(
            ["Vui lòng nhập số văn bản trước khi gửi báo cáo.", "Vui lòng nhập địa danh trước khi gửi báo cáo.",
             "Vui lòng nhập ngày báo cáo trước khi gửi báo cáo.", "Vui lòng nhập chức vụ người ký trước khi gửi báo cáo.",
             "Vui lòng nhập họ tên người ký trước khi gửi báo cáo."],
            missing);

        // A crafted post is refused as well, and nothing is frozen.
        var crafted = await client.SubmitAsync($"/Reports/Submit/{id}", new Dictionary<string, string> { ["Input.Confirmed"] = "true" });
        Assert.Equal(HttpStatusCode.OK, crafted.StatusCode);
        Assert.NotNull((await HtmlForms.ParseAsync(crafted)).QuerySelector("#frame-missing"));
        Assert.Equal(ReportStatus.Draft, (await factory.QueryAsync(db => db.PeriodicReports.AsNoTracking().SingleAsync(r => r.Id == id))).Status);

        var edit = await client.GetDocumentAsync(page.QuerySelector("#frame-missing li a")!.GetAttribute("href")!.Split('#')[0]);
        Assert.Equal("Vui lòng nhập số văn bản trước khi gửi báo cáo.", edit.FieldError("Input.DocumentNumber"));
        Assert.Equal("Vui lòng nhập họ tên người ký trước khi gửi báo cáo.", edit.FieldError("Input.SignerName"));
        Assert.Equal("Vui lòng nhập ngày báo cáo trước khi gửi báo cáo.", edit.FieldError("Input.ReportDate"));

        await SubmitAsync(client, id);
        Assert.Equal(ReportStatus.Submitted, (await factory.QueryAsync(db => db.PeriodicReports.AsNoTracking().SingleAsync(r => r.Id == id))).Status);
    }

    [Fact]
    public async Task A_stale_form_is_refused_as_changed_by_someone_else()
    {
        var client = await As(TramLoInterior);
        var id = await CreateAsync(client, "TRAMLO", 2025, 4);
        var first = await client.GetDocumentAsync($"/Reports/Edit/{id}");
        var second = await client.GetDocumentAsync($"/Reports/Edit/{id}");
        Assert.Equal(HttpStatusCode.Redirect, (await client.SubmitAsync(first, new Dictionary<string, string> { ["Input.Strengths"] = "Một" })).StatusCode);

        var stale = await client.SubmitAsync(second, new Dictionary<string, string> { ["Input.Strengths"] = "Hai" });

        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        Assert.Contains("người khác", (await HtmlForms.ParseAsync(stale)).Text());
        Assert.Equal("Một", (await factory.QueryAsync(db => db.PeriodicReports.AsNoTracking().SingleAsync(r => r.Id == id))).Strengths);
    }

    [Fact]
    public async Task Creating_checks_the_period_next_to_its_fields()
    {
        var client = await As(TramLoHead);
        await CreateAsync(client, "TRAMLO", 2026, 1);
        var unit = (await factory.UnitIdAsync("TRAMLO")).ToString(CultureInfo.InvariantCulture);

        var duplicate = await HtmlForms.ParseAsync(await client.SubmitAsync("/Reports/Create", new Dictionary<string, string>
        {
            ["Input.UnitId"] = unit, ["Input.PeriodKind"] = "Quarter", ["Input.Year"] = "2026", ["Input.PeriodNumber"] = "1",
        }));
        var fifthQuarter = await HtmlForms.ParseAsync(await client.SubmitAsync("/Reports/Create", new Dictionary<string, string>
        {
            ["Input.UnitId"] = unit, ["Input.PeriodKind"] = "Quarter", ["Input.Year"] = "2026", ["Input.PeriodNumber"] = "5",
        }));
        var noUnit = await HtmlForms.ParseAsync(await client.SubmitAsync("/Reports/Create", new Dictionary<string, string>
        {
            ["Input.UnitId"] = "", ["Input.PeriodKind"] = "Year", ["Input.Year"] = "2026", ["Input.PeriodNumber"] = "1",
        }));

        Assert.Equal("Đơn vị đã có báo cáo cho kỳ này.", duplicate.FieldError("Input.PeriodNumber"));
        Assert.StartsWith("Kỳ báo cáo không hợp lệ", fifthQuarter.FieldError("Input.PeriodNumber"));
        Assert.Equal("5", ((AngleSharp.Html.Dom.IHtmlInputElement)fifthQuarter.QuerySelector("#Input_PeriodNumber")!).Value);
        Assert.Equal("Vui lòng chọn đơn vị báo cáo.", noUnit.FieldError("Input.UnitId"));
    }

    [Fact]
    public async Task Only_the_units_writers_see_a_draft_and_others_get_404()
    {
        var id = await CreateAsync(await As(TramLoInterior), "TRAMLO", 2026, 2);

        Assert.Equal(HttpStatusCode.OK, (await (await As(TramLoHead)).GetAsync($"/Reports/Edit/{id}")).StatusCode);
        foreach (var outsider in new[] { Proposer, PhatTichHead, ProvinceInterior })
        {
            var client = await As(outsider);
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/Reports/Details/{id}")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/Reports/Edit/{id}")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/Reports/Submit/{id}")).StatusCode);
        }

        // A crafted post for another unit's report, and the create page for someone who writes no report.
        var phatTich = (await factory.UnitIdAsync("PHATTICH")).ToString(CultureInfo.InvariantCulture);
        var crafted = await (await As(TramLoInterior)).SubmitAsync("/Reports/Create", new Dictionary<string, string>
        {
            ["Input.UnitId"] = phatTich, ["Input.PeriodKind"] = "Year", ["Input.Year"] = "2026", ["Input.PeriodNumber"] = "1",
        });
        Assert.Equal(HttpStatusCode.NotFound, crafted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await As(Proposer)).GetAsync("/Reports/Create")).StatusCode);
        Assert.False(await factory.QueryAsync(db => db.PeriodicReports.AnyAsync(r => r.UnitId.ToString() == phatTich)));
    }

    [Fact]
    public async Task A_submitted_report_reaches_the_superiors_inbox_only_and_they_cannot_change_it()
    {
        var writer = await As(TramLoInterior);
        var id = await CreateAsync(writer, "TRAMLO", 2025, 3);
        await SubmitAsync(writer, id);

        var province = await As(ProvinceInterior);
        var inbox = await province.GetDocumentAsync("/Reports");
        Assert.NotNull(inbox.QuerySelector($"#inbox-heading ~ table a[href='/Reports/Details/{id}']"));
        Assert.Equal(HttpStatusCode.OK, (await province.GetAsync($"/Reports/Details/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await province.GetAsync($"/Reports/Edit/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await province.GetAsync($"/Reports/Submit/{id}")).StatusCode);

        var phatTich = await As(PhatTichHead);
        Assert.Null((await phatTich.GetDocumentAsync("/Reports")).QuerySelector($"a[href='/Reports/Details/{id}']"));
        Assert.Equal(HttpStatusCode.NotFound, (await phatTich.GetAsync($"/Reports/Details/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await As(Proposer)).GetAsync($"/Reports/Details/{id}")).StatusCode);

        var head = await (await As(TramLoHead)).GetDocumentAsync("/Reports");
        Assert.NotNull(head.QuerySelector($"#mine-heading ~ table a[href='/Reports/Details/{id}']"));
    }

    [Fact]
    public async Task Readers_download_the_docx_and_xlsx_and_others_get_404()
    {
        var writer = await As(TramLoInterior);
        var id = await CreateAsync(writer, "TRAMLO", 2025, 2);

        var draft = await writer.GetAsync($"/Reports/Details/{id}?handler=Docx&downloadToken=12345");
        Assert.Equal(HttpStatusCode.OK, draft.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", draft.Content.Headers.ContentType!.MediaType);
        Assert.EndsWith("-du-thao.docx", draft.Content.Headers.ContentDisposition!.FileNameStar ?? draft.Content.Headers.ContentDisposition.FileName);
        Assert.Contains(draft.Headers.GetValues("Set-Cookie"), c => c.StartsWith("reportDownload=12345", StringComparison.Ordinal));
        using (var word = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(new MemoryStream(await draft.Content.ReadAsByteArrayAsync()), false))
        {
            var text = word.MainDocumentPart!.Document.Body!.InnerText;
            Assert.Contains("BÁO CÁO (DỰ THẢO)", text);
            // The people tables give shares beside the counts and the "university or higher" line, as the seed report does.
            Assert.Contains("Tỷ lệ", text);
            Assert.Contains("Đại học trở lên", text);
            Assert.Contains("Vi phạm Điều 6 Nghị định 73 đã xử lý", text);
        }

        await SubmitAsync(writer, id);
        var province = await As(ProvinceInterior);
        var frozen = await province.GetAsync($"/Reports/Details/{id}?handler=Xlsx");
        Assert.Equal(HttpStatusCode.OK, frozen.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", frozen.Content.Headers.ContentType!.MediaType);
        using (var book = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(new MemoryStream(await frozen.Content.ReadAsByteArrayAsync()), false))
        {
            // The summary, then the nine tables (the Art. 6 violations handled among them).
            Assert.Equal(10, book.WorkbookPart!.Workbook.Sheets!.ChildElements.Count);
        }

        foreach (var outsider in new[] { PhatTichHead, Proposer })
        {
            var client = await As(outsider);
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/Reports/Details/{id}?handler=Docx")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/Reports/Details/{id}?handler=Xlsx")).StatusCode);
        }
    }
}
