using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Decree73.Infrastructure.Persistence;
using Decree73.TestSupport;
using Microsoft.AspNetCore.Hosting;
using Xunit;

namespace Decree73.WebTests;

/// <summary>The app with a small attachment limit, so that "too large" is cheap to test.</summary>
public sealed class SmallUploadWebAppFactory() : WebAppFactory(DatabaseProvider.Sqlite)
{
    public const int MaxBytes = 4096;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Attachments:MaxBytes", MaxBytes.ToString(CultureInfo.InvariantCulture));
    }
}

/// <summary>Real multipart posts through the proposal page's upload form, with its antiforgery token.</summary>
public sealed class AttachmentPagesTests(SmallUploadWebAppFactory factory) : IClassFixture<SmallUploadWebAppFactory>
{
    private const string ProposerEmail = "truongphong.kt.tramlo@demo.decree73.vn";
    private const string HeadEmail = "chutich.tramlo@demo.decree73.vn";
    private const string OtherHeadEmail = "chutich.phattich@demo.decree73.vn";

    /// <summary>Fills the upload form found on <paramref name="page"/> as a browser would, with one file.</summary>
    private static Task<HttpResponseMessage> UploadAsync(HttpClient client, IHtmlDocument page, string? kind, string fileName, byte[] bytes)
    {
        var form = page.QuerySelector<IHtmlFormElement>("form#attachment-upload") ?? throw new InvalidOperationException("No upload form.");
        Assert.Equal("multipart/form-data", form.GetAttribute("enctype"));
        var content = new MultipartFormDataContent
        {
            { new StringContent(form.QuerySelector("input[name='__RequestVerificationToken']")!.GetAttribute("value")!), "__RequestVerificationToken" },
            { new StringContent(kind ?? form.QuerySelector<IHtmlSelectElement>("select[name='Upload.Kind']")!.Value ?? ""), "Upload.Kind" },
        };
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        content.Add(file, "Upload.File", fileName);
        var origin = new Uri(page.BaseUrl!.Href).GetLeftPart(UriPartial.Authority);
        return client.PostAsync(origin + form.GetAttribute("action"), content);
    }

    private static string DownloadUrl(IHtmlDocument page, string fileName) =>
        page.QuerySelectorAll<IHtmlAnchorElement>(".attachments a[href*='handler=Download']").Single(a => a.TextContent.Trim() == fileName).GetAttribute("href")!;

    [Fact]
    public async Task The_proposer_attaches_a_file_to_a_draft_and_downloads_the_same_bytes_under_its_vietnamese_name()
    {
        var proposer = await factory.SignInAsync(ProposerEmail);
        var id = await proposer.DraftAsync("Đề xuất có tệp đính kèm");
        var details = await proposer.GetDocumentAsync($"/Proposals/Details/{id}");
        var input = details.QuerySelector<IHtmlInputElement>("#attach-file")!;
        Assert.Contains(".pdf", input.GetAttribute("accept"), StringComparison.Ordinal);
        Assert.NotNull(details.QuerySelector("label[for='attach-file']"));
        var bytes = SampleFiles.Docx();

        var uploaded = await UploadAsync(proposer, details, "SupportingDocument", "Kế hoạch triển khai.docx", bytes);

        Assert.Equal(HttpStatusCode.Redirect, uploaded.StatusCode);
        var after = await proposer.GetDocumentAsync($"/Proposals/Details/{id}");
        Assert.Contains("Tài liệu kèm theo đề xuất", after.QuerySelector(".attachments table")!.TextContent, StringComparison.Ordinal);
        var download = await proposer.GetAsync(DownloadUrl(after, "Kế hoạch triển khai.docx"));
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(bytes, await download.Content.ReadAsByteArrayAsync());
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", download.Content.Headers.ContentType!.MediaType);
        Assert.Equal("nosniff", download.Headers.GetValues("X-Content-Type-Options").Single());
        var disposition = download.Content.Headers.ContentDisposition!;
        Assert.Equal("attachment", disposition.DispositionType);
        Assert.Equal("Kế hoạch triển khai.docx", disposition.FileNameStar);
    }

    [Fact]
    public async Task A_refused_file_is_explained_next_to_the_field_and_the_chosen_kind_is_kept()
    {
        var proposer = await factory.SignInAsync(ProposerEmail);
        var id = await proposer.DraftAsync("Đề xuất với tệp giả mạo");
        var details = await proposer.GetDocumentAsync($"/Proposals/Details/{id}");

        var renamed = await HtmlForms.ParseAsync(await UploadAsync(proposer, details, "Other", "hoa-don.pdf", SampleFiles.Exe()));
        var slightlyTooBig = await HtmlForms.ParseAsync(await UploadAsync(proposer, details, "Other", "lon.pdf", new byte[SmallUploadWebAppFactory.MaxBytes + 10]));

        Assert.Contains("Chỉ chấp nhận tệp PDF", renamed.FieldError("Upload.File"), StringComparison.Ordinal);
        Assert.Equal("true", renamed.QuerySelector("#attach-file")!.GetAttribute("aria-invalid"));
        Assert.Equal("Other", renamed.QuerySelector<IHtmlSelectElement>("#attach-kind")!.Value);
        Assert.Contains("vượt quá dung lượng cho phép (4 KB)", slightlyTooBig.FieldError("Upload.File"), StringComparison.Ordinal);
        Assert.Null((await proposer.GetDocumentAsync($"/Proposals/Details/{id}")).QuerySelector(".attachments table"));
    }

    [Fact]
    public async Task A_body_far_over_the_limit_is_sent_back_to_the_form_with_the_message_unread()
    {
        var proposer = await factory.SignInAsync(ProposerEmail);
        var id = await proposer.DraftAsync("Đề xuất với tệp quá lớn");
        var details = await proposer.GetDocumentAsync($"/Proposals/Details/{id}");

        var huge = await UploadAsync(proposer, details, "Other", "lon.pdf", new byte[512 * 1024]);

        Assert.Equal(HttpStatusCode.SeeOther, huge.StatusCode);
        var form = await proposer.GetDocumentAsync(huge.Headers.Location!.OriginalString);
        Assert.Contains("vượt quá dung lượng cho phép", form.FieldError("Upload.File"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_readers_of_the_proposal_download_its_files_a_head_elsewhere_gets_404_and_anonymous_must_sign_in()
    {
        var proposer = await factory.SignInAsync(ProposerEmail);
        var id = await proposer.DraftAsync("Tệp chỉ người có quyền xem");
        await UploadAsync(proposer, await proposer.GetDocumentAsync($"/Proposals/Details/{id}"), "SupportingDocument", "Tờ trình.pdf", SampleFiles.Pdf());
        var url = DownloadUrl(await proposer.GetDocumentAsync($"/Proposals/Details/{id}"), "Tờ trình.pdf");
        var head = await factory.SignInAsync(HeadEmail);
        var otherHead = await factory.SignInAsync(OtherHeadEmail);

        // While it is a draft even the deciding head does not see it.
        Assert.Equal(HttpStatusCode.NotFound, (await head.GetAsync(url)).StatusCode);
        var anonymous = await factory.NewClient().GetAsync(url);
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.StartsWith("/Account/Login", anonymous.Headers.Location!.PathAndQuery, StringComparison.Ordinal);

        var edit = await proposer.GetDocumentAsync($"/Proposals/Edit/{id}");
        var plan = ProposalScenarios.Plan("Tệp chỉ người có quyền xem");
        Assert.Equal(HttpStatusCode.Redirect, (await proposer.SubmitAsync(edit, plan, "main form", "button[formaction*='handler=Submit']")).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await head.GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await otherHead.GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await otherHead.GetAsync($"/Proposals/Attachments/{id}")).StatusCode);

        // The head adds the minutes; the proposer's upload form is gone once the draft is submitted.
        var headPage = await head.GetDocumentAsync($"/Proposals/Details/{id}");
        Assert.Equal(HttpStatusCode.Redirect, (await UploadAsync(head, headPage, "Minutes", "Biên bản họp.pdf", SampleFiles.Pdf())).StatusCode);
        var proposerPage = await proposer.GetDocumentAsync($"/Proposals/Details/{id}");
        Assert.Null(proposerPage.QuerySelector("form#attachment-upload"));
        Assert.Equal(HttpStatusCode.OK, (await proposer.GetAsync(DownloadUrl(proposerPage, "Biên bản họp.pdf"))).StatusCode);
    }
}
