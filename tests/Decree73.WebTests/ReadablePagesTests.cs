using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Decree73.Domain.Proposals;
using Decree73.TestSupport;
using Microsoft.EntityFrameworkCore;
using Xunit;
using static Decree73.WebTests.ProposalScenarios;

namespace Decree73.WebTests;

/// <summary>
/// Decree73 issue 13: a form that never traps its writer, refusals that say why, a history people can read, a returned
/// draft that says what to fix, and export file names a person recognises.
/// </summary>
public sealed partial class ReadablePagesTests(SqliteWebAppFactory factory) : IClassFixture<SqliteWebAppFactory>
{
    private const string SaveButton = "button[formaction*='handler=Save']";
    private const string SubmitButton = "button[formaction*='handler=Submit']";

    [GeneratedRegex(@"50[.\u00a0\u202f ]000[.\u00a0\u202f ]000")]
    private static partial Regex FiftyMillion();

    private static string HiddenVersion(IHtmlDocument page) =>
        page.QuerySelector<IHtmlInputElement>("main form input[name='Version']")!.Value;

    [Fact]
    public async Task A_refused_first_submission_keeps_the_saved_version_says_the_draft_was_saved_and_the_form_goes_on_working()
    {
        const string title = "Biểu mẫu không được giữ chân người viết";
        var proposer = await factory.ClientAsync(ProposerEmail);
        var form = await proposer.GetDocumentAsync("/Proposals/Edit");

        var refused = await proposer.SubmitAsync(form, new Dictionary<string, string> { ["Input.Title"] = title }, "main form", SubmitButton);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var page = await HtmlForms.ParseAsync(refused);
        var id = await factory.QueryAsync(db => db.Proposals.Where(p => p.Title == title).Select(p => p.Id).SingleAsync());
        var stored = await factory.StoredAsync(id);
        Assert.Equal(ProposalState.Draft, stored.State);
        Assert.Equal(stored.Version.ToString(CultureInfo.InvariantCulture), HiddenVersion(page));
        Assert.Contains("Bản nháp đã được lưu", page.QuerySelector(".form-errors")!.TextContent);

        // The writer completes the plan on the same page: saving works, and so does submitting afterwards.
        var saved = await proposer.SubmitAsync(page, Plan(title), "main form", SaveButton);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal($"/Proposals/Edit/{id}", saved.Headers.Location!.OriginalString);
        var submitted = await proposer.SubmitAsync($"/Proposals/Edit/{id}", new Dictionary<string, string>(), "main form", SubmitButton);
        Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);
        Assert.Equal(ProposalState.Submitted, (await factory.StoredAsync(id)).State);
        Assert.Equal(1, await factory.QueryAsync(db => db.Proposals.CountAsync(p => p.Title == title)));
    }

    [Fact]
    public async Task Submitting_an_already_submitted_draft_says_so_with_its_receipt_number_and_a_link()
    {
        const string title = "Gửi lại từ thẻ thứ hai";
        var id = await factory.DraftAsync(title);
        var proposer = await factory.ClientAsync(ProposerEmail);
        var firstTab = await proposer.GetDocumentAsync($"/Proposals/Edit/{id}");
        var secondTab = await proposer.GetDocumentAsync($"/Proposals/Edit/{id}");
        Assert.Equal(HttpStatusCode.Redirect, (await proposer.SubmitAsync(firstTab, Plan(title), "main form", SubmitButton)).StatusCode);
        var receipt = (await factory.StoredAsync(id)).ReceiptNumber!;

        foreach (var tryAgain in new Func<Task<HttpResponseMessage>>[]
        {
            () => proposer.SubmitAsync(secondTab, Plan(title), "main form", SubmitButton),
            () => proposer.SubmitAsync(secondTab, Plan(title), "main form", SaveButton),
            () => proposer.GetAsync($"/Proposals/Edit/{id}"),
        })
        {
            var again = await tryAgain();
            Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
            Assert.Equal($"/Proposals/Details/{id}", again.Headers.Location!.OriginalString);
            var details = await proposer.GetDocumentAsync($"/Proposals/Details/{id}");
            var status = details.QuerySelector("[role='status']")!.TextContent;
            Assert.Contains("đã được gửi", status);
            Assert.Contains(receipt, status);
        }
    }

    [Fact]
    public async Task A_draft_returned_for_revision_shows_the_heads_reason_first_and_no_old_receipt_number()
    {
        const string reason = "Bổ sung dự toán kinh phí chi tiết theo từng hạng mục";
        var id = await factory.ProposalAtAsync(Stage.Submitted, "Trả lại để hoàn thiện dự toán");
        var receipt = (await factory.StoredAsync(id)).ReceiptNumber!;
        var head = await factory.ClientAsync(HeadEmail);
        Assert.Equal(HttpStatusCode.Redirect,
            (await head.PostFormAsync(id, "Return", new() { ["Action.Reason"] = reason })).StatusCode);

        var proposer = await factory.ClientAsync(ProposerEmail);
        var details = await proposer.GetDocumentAsync($"/Proposals/Details/{id}");
        var first = details.QuerySelector("main h1")!.NextElementSibling!;
        Assert.Contains(reason, first.TextContent);
        Assert.Contains("Cần sửa", first.TextContent);
        Assert.DoesNotContain(receipt, details.QuerySelector("dl.facts")!.TextContent);

        var edit = await proposer.GetDocumentAsync($"/Proposals/Edit/{id}");
        Assert.Contains(reason, edit.QuerySelector("main h1")!.NextElementSibling!.TextContent);
    }

    [Fact]
    public async Task The_history_speaks_to_people_and_the_technical_fields_are_for_the_administrators_audit_view()
    {
        const string title = "Lịch sử đọc được cho mọi người";
        var proposer = await factory.ClientAsync(ProposerEmail);
        var plan = Plan(title);
        plan["Input.Plan.FundsVnd"] = "50000000";
        var submitted = await proposer.SubmitAsync("/Proposals/Edit", plan, "main form", SubmitButton);
        Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);
        var id = int.Parse(submitted.Headers.Location!.OriginalString.Split('/')[^1], CultureInfo.InvariantCulture);
        var head = await factory.ClientAsync(HeadEmail);
        Assert.Equal(HttpStatusCode.Redirect,
            (await head.UploadAsync(await head.GetDocumentAsync($"/Proposals/Details/{id}"), "Minutes", "Biên bản họp.pdf", SampleFiles.Pdf())).StatusCode);
        var receipt = (await factory.StoredAsync(id)).ReceiptNumber!;
        var proposerName = await factory.QueryAsync(db =>
            db.Proposals.Where(p => p.Id == id).Join(db.Officers, p => p.ProposerId, o => o.Id, (p, o) => o.FullName).SingleAsync());
        var fieldName = await factory.QueryAsync(db => db.ProposalFields.Where(f => f.Id == 2).Select(f => f.Name).SingleAsync());

        var details = await proposer.GetDocumentAsync($"/Proposals/Details/{id}");
        var history = details.QuerySelector("section.history")!.TextContent;

        Assert.Contains($"{proposerName} gửi đề xuất; số tiếp nhận {receipt}", history);
        Assert.Contains(fieldName, history);
        Assert.Matches(FiftyMillion(), history);
        foreach (var technical in new[]
        {
            "CreationToken", "ResponsibleOfficerId", "StepSinceUtc", "StepState", "Sha256", "StoredName", "ContentType", "ProposalAttachmentAdded",
            "50000000", "→ 2", "→ 3", "Draft", "Submitted",
        })
        {
            Assert.DoesNotContain(technical, history);
        }

        var attachmentRow = details.QuerySelectorAll("section.history tbody tr").Single(r => r.TextContent.Contains("Biên bản họp.pdf", StringComparison.Ordinal));
        Assert.Contains("Biên bản họp", attachmentRow.TextContent.Replace("Biên bản họp.pdf", "", StringComparison.Ordinal));
        Assert.DoesNotContain("Loại đổi mới", attachmentRow.TextContent);

        var admin = await factory.ClientAsync(AdministratorEmail);
        var audit = (await admin.GetDocumentAsync($"/Admin/Audit?proposal={id}")).Text();
        Assert.Contains("CreationToken", audit);
        Assert.Contains("Sha256", audit);
        Assert.Equal(HttpStatusCode.Redirect, (await head.GetAsync($"/Admin/Audit?proposal={id}")).StatusCode);
    }

    private async Task<int> ReportAsync(int year, int quarter)
    {
        var interior = await factory.ClientAsync(WardMonitorEmail);
        var response = await interior.SubmitAsync("/Reports/Create", new Dictionary<string, string>
        {
            ["Input.UnitId"] = (await factory.UnitIdAsync("TRAMLO")).ToString(CultureInfo.InvariantCulture),
            ["Input.PeriodKind"] = "Quarter", ["Input.Year"] = year.ToString(CultureInfo.InvariantCulture),
            ["Input.PeriodNumber"] = quarter.ToString(CultureInfo.InvariantCulture),
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return int.Parse(response.Headers.Location!.OriginalString.Split('/')[^1], CultureInfo.InvariantCulture);
    }

    [Fact]
    public async Task Submitting_a_report_before_its_period_ends_says_why_and_keeps_the_confirmation()
    {
        var id = await ReportAsync(2030, 1);
        var interior = await factory.ClientAsync(WardMonitorEmail);

        var refused = await interior.SubmitAsync($"/Reports/Submit/{id}", new Dictionary<string, string> { ["Input.Confirmed"] = "true" });

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var page = await HtmlForms.ParseAsync(refused);
        Assert.Contains("Chưa hết kỳ báo cáo", page.QuerySelector("main form .form-errors")!.TextContent);
        Assert.True(page.QuerySelector<IHtmlInputElement>("#Input_Confirmed")!.IsChecked);
    }

    [Fact]
    public async Task An_exported_report_is_named_after_the_units_short_name_and_the_period_in_Vietnamese()
    {
        var id = await ReportAsync(2025, 4);
        var interior = await factory.ClientAsync(WardMonitorEmail);

        foreach (var (handler, extension) in new[] { ("Docx", "docx"), ("Xlsx", "xlsx") })
        {
            var response = await interior.GetAsync($"/Reports/Details/{id}?handler={handler}");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var disposition = response.Content.Headers.ContentDisposition!;
            Assert.Equal($"bao-cao-nd73-tram-lo-quy-4-2025-du-thao.{extension}", disposition.FileNameStar ?? disposition.FileName?.Trim('"'));
        }
    }
}
