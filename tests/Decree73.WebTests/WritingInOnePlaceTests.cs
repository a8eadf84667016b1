using System.Net;
using System.Net.Http.Headers;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Decree73.Domain.Proposals;
using Decree73.TestSupport;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace Decree73.WebTests;

/// <summary>
/// Writing a proposal in one place (issue 13): after the first "Lưu nháp" the writing page attaches files and plans
/// milestones, every button posting the whole form so nothing typed is lost, and "Gửi đề xuất" comes with a last check.
/// </summary>
public abstract class WritingInOnePlaceTests(WebAppFactory factory)
{
    private const string Proposer = "truongphong.kt.tramlo@demo.decree73.vn";
    private const string Deputy = "phochutich.tramlo@demo.decree73.vn";
    private const string OtherHead = "chutich.phattich@demo.decree73.vn";
    private const string Head = "chutich.tramlo@demo.decree73.vn";

    /// <summary>Posts the whole writing form as multipart, as a browser does, as a click on <paramref name="button"/>, with an optional file.</summary>
    private static Task<HttpResponseMessage> PostFormAsync(
        HttpClient client, IHtmlDocument page, IReadOnlyDictionary<string, string> values, string button, (string Name, byte[] Bytes)? file = null)
    {
        var form = page.QuerySelector<IHtmlFormElement>("form#proposal-form") ?? throw new InvalidOperationException("No writing form.");
        Assert.Equal("multipart/form-data", form.GetAttribute("enctype"));
        var content = new MultipartFormDataContent();
        foreach (var element in form.Elements)
        {
            var name = element.GetAttribute("name");
            if (string.IsNullOrEmpty(name) || values.ContainsKey(name))
            {
                continue;
            }

            var value = element switch
            {
                IHtmlInputElement { Type: "checkbox" or "radio" } box => box.IsChecked ? box.Value : null,
                IHtmlInputElement { Type: "file" } => null,
                IHtmlInputElement input => input.Value,
                IHtmlSelectElement select => select.Value ?? "",
                IHtmlTextAreaElement area => area.Value,
                _ => null,
            };
            if (value is not null)
            {
                content.Add(new StringContent(value), name);
            }
        }

        foreach (var (name, value) in values)
        {
            content.Add(new StringContent(value), name);
        }

        if (file is { } f)
        {
            var bytes = new ByteArrayContent(f.Bytes);
            bytes.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            content.Add(bytes, "Upload.File", f.Name);
        }

        var clicked = form.QuerySelector(button) ?? throw new InvalidOperationException($"No button '{button}'.");
        var origin = new Uri(page.BaseUrl!.Href).GetLeftPart(UriPartial.Authority);
        return client.PostAsync(origin + clicked.GetAttribute("formaction"), content);
    }

    private Task<Proposal> StoredAsync(int id) =>
        factory.QueryAsync(db => db.Proposals.AsNoTracking().Include(p => p.Milestones).SingleAsync(p => p.Id == id));

    [Fact]
    public async Task Before_the_first_save_the_page_says_to_save_the_draft_to_attach_files_and_plan_milestones()
    {
        var client = await factory.SignInAsync(Proposer);
        var page = await client.GetDocumentAsync("/Proposals/Edit");

        Assert.Contains("Lưu nháp để đính kèm tệp và lập mốc tiến độ", page.QuerySelector("#proposal-form")!.TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("#attach-file"));
        Assert.Null(page.QuerySelector("#new-milestone-title"));
    }

    [Fact]
    public async Task Attaching_a_file_mid_writing_saves_what_was_typed_and_the_file_is_listed_on_the_same_page()
    {
        var client = await factory.SignInAsync(Proposer);
        var id = await client.DraftAsync("Một nơi để soạn");
        var page = await client.GetDocumentAsync($"/Proposals/Edit/{id}");
        Assert.Contains("Còn thiếu trước khi gửi", page.QuerySelector("#submit-check")!.ParentElement!.TextContent, StringComparison.Ordinal);

        var values = new Dictionary<string, string>(ProposalScenarios.FullPlan("Một nơi để soạn, có tệp")) { ["Upload.Kind"] = "SupportingDocument" };
        var uploaded = await PostFormAsync(client, page, values, "button[formaction*='handler=Upload']", ("Kế hoạch.docx", SampleFiles.Docx()));

        Assert.Equal(HttpStatusCode.Redirect, uploaded.StatusCode);
        Assert.Equal($"/Proposals/Edit/{id}#draft-attachments", uploaded.Headers.Location!.OriginalString);
        var stored = await StoredAsync(id);
        Assert.Equal("Một nơi để soạn, có tệp", stored.Title);
        Assert.Equal("Phường Trạm Lộ", stored.Plan.Scope);
        var after = await client.GetDocumentAsync($"/Proposals/Edit/{id}");
        Assert.Contains("Kế hoạch.docx", after.QuerySelector("section.attachments table")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Đã đủ các phần bắt buộc", after.QuerySelector("section.submit-check")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_refused_file_keeps_everything_typed_on_the_page_with_the_message_next_to_the_field()
    {
        var client = await factory.SignInAsync(Proposer);
        var id = await client.DraftAsync("Tệp không hợp lệ");
        var page = await client.GetDocumentAsync($"/Proposals/Edit/{id}");

        var values = new Dictionary<string, string>(ProposalScenarios.FullPlan("Tệp không hợp lệ, nội dung vẫn còn")) { ["Upload.Kind"] = "Other" };
        var refused = await HtmlForms.ParseAsync(
            await PostFormAsync(client, page, values, "button[formaction*='handler=Upload']", ("hoa-don.pdf", SampleFiles.Exe())));

        Assert.Contains("Chỉ chấp nhận tệp PDF", refused.FieldError("Upload.File"), StringComparison.Ordinal);
        Assert.Equal("Tệp không hợp lệ, nội dung vẫn còn", refused.QuerySelector<IHtmlInputElement>("#Input_Title")!.Value);
        Assert.Equal("Tiếp nhận trực tuyến", refused.QuerySelector<IHtmlTextAreaElement>("#Input_Plan_Content")!.Value);
        // The text was saved before the file was looked at, and the form carries the saved version on.
        Assert.Equal("Tệp không hợp lệ, nội dung vẫn còn", (await StoredAsync(id)).Title);
        var saved = await client.SubmitAsync(refused, new Dictionary<string, string>(), "main form", ProposalScenarios.SaveButton);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
    }

    [Fact]
    public async Task Milestones_are_added_edited_and_removed_on_the_writing_page_and_the_draft_is_then_submitted()
    {
        var client = await factory.SignInAsync(Proposer);
        var id = await client.DraftAsync("Kế hoạch có mốc");
        var page = await client.GetDocumentAsync($"/Proposals/Edit/{id}");

        var plan = ProposalScenarios.FullPlan("Kế hoạch có mốc");
        var added = await PostFormAsync(client, page,
            new Dictionary<string, string>(plan) { ["NewMilestone.Title"] = "Lắp máy quét", ["NewMilestone.DueOn"] = "15/12/2026" },
            "button[formaction*='handler=AddMilestone']");
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        page = await client.GetDocumentAsync($"/Proposals/Edit/{id}");
        added = await PostFormAsync(client, page,
            new Dictionary<string, string> { ["NewMilestone.Title"] = "Đào tạo cán bộ", ["NewMilestone.DueOn"] = "15/01/2027" },
            "button[formaction*='handler=AddMilestone']");
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.Equal(["Lắp máy quét", "Đào tạo cán bộ"], (await StoredAsync(id)).Milestones.OrderBy(m => m.DueOn).Select(m => m.Title));

        // Outside the plan's dates: refused next to the row, the rest kept.
        page = await client.GetDocumentAsync($"/Proposals/Edit/{id}");
        var outside = await HtmlForms.ParseAsync(await PostFormAsync(client, page,
            new Dictionary<string, string> { ["Milestones[0].DueOn"] = "01/01/2030", ["Input.Plan.Purpose"] = "Mục đích mới" }, ProposalScenarios.SaveButton));
        Assert.False(string.IsNullOrEmpty(outside.FieldError("Milestones[0].DueOn")));
        Assert.Equal("Mục đích mới", outside.QuerySelector<IHtmlTextAreaElement>("#Input_Plan_Purpose")!.Value);
        // Nothing typed is lost on a refused row: the text is stored, the row is not (its saved date stands).
        var afterRefusal = await StoredAsync(id);
        Assert.Equal("Mục đích mới", afterRefusal.Plan.Purpose);
        Assert.Equal(new DateOnly(2026, 12, 15), afterRefusal.Milestones.OrderBy(m => m.DueOn).First().DueOn);
        // Submitting with a refused row: the text is saved, the draft is not submitted, the error is next to the row.
        var notSubmitted = await HtmlForms.ParseAsync(await PostFormAsync(client, outside,
            new Dictionary<string, string> { ["Milestones[0].DueOn"] = "01/01/2030" }, ProposalScenarios.SubmitButton));
        Assert.False(string.IsNullOrEmpty(notSubmitted.FieldError("Milestones[0].DueOn")));
        Assert.Equal(ProposalState.Draft, (await StoredAsync(id)).State);
        outside = notSubmitted;

        var edited = await PostFormAsync(client, outside,
            new Dictionary<string, string> { ["Milestones[0].Title"] = "Lắp đặt máy quét", ["Milestones[0].DueOn"] = "20/12/2026" }, ProposalScenarios.SaveButton);
        Assert.Equal(HttpStatusCode.Redirect, edited.StatusCode);
        var stored = await StoredAsync(id);
        Assert.Equal("Mục đích mới", stored.Plan.Purpose);
        var first = stored.Milestones.OrderBy(m => m.DueOn).First();
        Assert.Equal(("Lắp đặt máy quét", new DateOnly(2026, 12, 20)), (first.Title, first.DueOn));

        page = await client.GetDocumentAsync($"/Proposals/Edit/{id}");
        var removed = await PostFormAsync(client, page, new Dictionary<string, string>(),
            $"button[formaction*='handler=RemoveMilestone'][formaction*='milestoneId={first.Id}']");
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.Equal(["Đào tạo cán bộ"], (await StoredAsync(id)).Milestones.Select(m => m.Title));

        page = await client.GetDocumentAsync($"/Proposals/Edit/{id}");
        var submitted = await PostFormAsync(client, page, new Dictionary<string, string>(), ProposalScenarios.SubmitButton);
        Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);
        Assert.Equal(ProposalState.Submitted, (await StoredAsync(id)).State);
    }

    [Fact]
    public async Task The_last_check_links_each_missing_part_to_its_field()
    {
        var client = await factory.SignInAsync(Proposer);
        var id = await client.DraftAsync("Chỉ có tên");
        var check = (await client.GetDocumentAsync($"/Proposals/Edit/{id}")).QuerySelector("section.submit-check")!;

        var links = check.QuerySelectorAll("ul.missing a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("#Input_FieldId", links);
        Assert.Contains("#Input_Plan_Necessity", links);
        Assert.Contains("#Input_StartOn", links);
        Assert.DoesNotContain("#Input_Title", links);
        Assert.Equal(["#attach-file", "#new-milestone-title"], check.QuerySelectorAll("ul.advised a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public async Task Nobody_else_may_attach_to_or_plan_a_draft_and_a_submitted_proposal_is_no_longer_edited_here()
    {
        var client = await factory.SignInAsync(Proposer);
        var id = await client.DraftAsync("Bản nháp của người khác");
        var page = await client.GetDocumentAsync($"/Proposals/Edit/{id}");
        var token = page.QuerySelector("input[name='__RequestVerificationToken']")!.GetAttribute("value")!;

        foreach (var email in new[] { Deputy, Head, OtherHead })
        {
            var other = await factory.SignInAsync(email);
            var otherToken = (await other.GetDocumentAsync("/Tasks")).QuerySelector("input[name='__RequestVerificationToken']")?.GetAttribute("value") ?? token;
            foreach (var handler in new[] { "AddMilestone", "Upload", "RemoveMilestone&milestoneId=1", "RemoveAttachment&attachmentId=1" })
            {
                var response = await other.PostAsync($"/Proposals/Edit/{id}?handler={handler}", new FormUrlEncodedContent(
                [
                    new("__RequestVerificationToken", otherToken), new("Input.Title", "Chiếm quyền"), new("NewMilestone.Title", "x"),
                    new("NewMilestone.DueOn", "15/12/2026"), new("Upload.Kind", "Other"),
                ]));
                Assert.True(response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.BadRequest, $"{email} {handler}: {response.StatusCode}");
            }
        }

        var stored = await StoredAsync(id);
        Assert.Equal("Bản nháp của người khác", stored.Title);
        Assert.Empty(stored.Milestones);
    }
}

public sealed class WritingInOnePlaceTests_Sqlite(SqliteWebAppFactory factory) : WritingInOnePlaceTests(factory), IClassFixture<SqliteWebAppFactory>;

[RequiresPostgres]
public sealed class WritingInOnePlaceTests_PostgreSql(PostgresWebAppFactory factory) : WritingInOnePlaceTests(factory), IClassFixture<PostgresWebAppFactory>;
