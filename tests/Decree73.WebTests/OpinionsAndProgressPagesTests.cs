using System.Globalization;
using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Decree73.Domain.Proposals;
using Decree73.TestSupport;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace Decree73.WebTests;

/// <summary>Opinion requests, implementers, progress and the completion report through the real forms.</summary>
public sealed class OpinionsAndProgressPagesTests(SqliteWebAppFactory factory) : IClassFixture<SqliteWebAppFactory>
{
    private const string ProposerEmail = "truongphong.kt.tramlo@demo.decree73.vn";
    private const string HeadEmail = "chutich.tramlo@demo.decree73.vn";
    private const string DeputyEmail = "phochutich.tramlo@demo.decree73.vn";
    private const string ImplementerEmail = "noivu.tramlo@demo.decree73.vn"; // Vũ Thị Mai, an office of the ward
    private const string OtherHeadEmail = "chutich.phattich@demo.decree73.vn";
    private const string Report = "Đã số hóa toàn bộ hồ sơ một cửa của phường; thời gian xử lý trung bình giảm từ 5 xuống 3 ngày.";

    private Task<Proposal> Stored(int id) =>
        factory.QueryAsync(db => db.Proposals.Include(p => p.OpinionRequests).Include(p => p.ProgressUpdates).Include(p => p.AssignedImplementers)
            .AsSplitQuery().SingleAsync(p => p.Id == id));

    private static async Task<HttpResponseMessage> PostAsync(
        HttpClient client, int id, string form, Dictionary<string, string>? values = null, Action<IHtmlDocument>? prepare = null)
    {
        var page = await client.GetDocumentAsync($"/Proposals/Details/{id}");
        prepare?.Invoke(page);
        return await client.SubmitAsync(page, values ?? [], form);
    }

    private static string Today() => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7)).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    /// <summary>Party opinion asked and answered, the vote passed and the decision issued with the given implementers.</summary>
    private async Task<int> InProgressAsync(string title, params string[] implementers)
    {
        var id = await factory.SubmittedAsync(title);
        var head = await factory.SignInAsync(HeadEmail);
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(head, id, "form[action*='handler=Ask']",
            new() { ["Ask.Kind"] = "PartyCommittee", ["Ask.Addressee"] = "Đảng ủy phường Trạm Lộ" })).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(head, id, "form[action*='handler=Answer']", new() { ["Answer.Text"] = "Nhất trí" })).StatusCode);
        var headId = await factory.OfficerIdAsync("Lê Văn Minh");
        Assert.Equal(HttpStatusCode.Redirect, (await head.RecordConditionsAsync(id)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(head, id, "form[action*='handler=Vote']", await head.OthersAbsentAsync(id, new() { [$"Action.Votes[{headId}]"] = "true" }))).StatusCode);
        var decided = await PostAsync(head, id, "form[action*='handler=Decision']",
            new() { ["Action.DocumentNumber"] = "15/QĐ-UBND", ["Action.SignedOn"] = "25/11/2026", ["Action.Signer"] = "Lê Văn Minh", ["Action.Confirmed"] = "true" },
            page =>
            {
                foreach (var option in page.QuerySelectorAll<IHtmlOptionElement>("select[name='Action.Implementers'] option"))
                {
                    option.IsSelected = implementers.Any(name => option.TextContent.StartsWith(name, StringComparison.Ordinal));
                }
            });
        Assert.Equal(HttpStatusCode.Redirect, decided.StatusCode);
        Assert.Equal(ProposalState.InProgress, (await Stored(id)).State);
        return id;
    }

    [Fact]
    public async Task A_party_opinion_request_answered_on_the_page_lets_the_vote_through()
    {
        var id = await factory.SubmittedAsync("Xin ý kiến cấp ủy");
        var head = await factory.SignInAsync(HeadEmail);
        var headId = await factory.OfficerIdAsync("Lê Văn Minh");
        var vote = await head.OthersAbsentAsync(id, new Dictionary<string, string> { [$"Action.Votes[{headId}]"] = "true" });

        var asked = await PostAsync(head, id, "form[action*='handler=Ask']", new() { ["Ask.Kind"] = "PartyCommittee", ["Ask.Addressee"] = "Đảng ủy phường Trạm Lộ" });
        var early = await PostAsync(head, id, "form[action*='handler=Vote']", vote);
        Assert.Equal(HttpStatusCode.Redirect, asked.StatusCode);
        Assert.Contains("ý kiến của cấp ủy cùng cấp", (await HtmlForms.ParseAsync(early)).Text());
        var page = await head.GetDocumentAsync($"/Proposals/Details/{id}");
        Assert.Contains("Đảng ủy phường Trạm Lộ", page.QuerySelector("#opinions-heading")!.Closest("section")!.TextContent);
        Assert.Contains("Chưa trả lời", page.QuerySelector("tr.opinion-request")!.TextContent);

        var answered = await PostAsync(head, id, "form[action*='handler=Answer']", new() { ["Answer.Text"] = "Ban Thường vụ nhất trí chủ trương" });
        await head.RecordConditionsAsync(id);
        var voted = await PostAsync(head, id, "form[action*='handler=Vote']", vote);

        Assert.Equal(HttpStatusCode.Redirect, answered.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, voted.StatusCode);
        var stored = await Stored(id);
        Assert.Equal(ProposalState.Approved, stored.State);
        Assert.Equal("Ban Thường vụ nhất trí chủ trương", stored.OpinionRequests.Single().Response);
        Assert.Contains("Ban Thường vụ nhất trí chủ trương", (await head.GetDocumentAsync($"/Proposals/Details/{id}")).QuerySelector("tr.opinion-request")!.TextContent);
    }

    [Fact]
    public async Task An_expert_request_past_its_due_date_shows_as_overdue_until_answered()
    {
        var id = await factory.SubmittedAsync("Xin ý kiến chuyên gia");
        var head = await factory.SignInAsync(HeadEmail);
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(head, id, "form[action*='handler=Ask']",
            new() { ["Ask.Kind"] = "Expert", ["Ask.Addressee"] = "TS. Nguyễn Văn An", ["Ask.DueOn"] = Today() })).StatusCode);
        var onTime = (await head.GetDocumentAsync($"/Proposals/Details/{id}")).QuerySelector("tr.opinion-request")!;
        Assert.Null(onTime.QuerySelector(".overdue"));

        // Time passes: the due date is now behind us.
        await factory.QueryAsync(db => db.OpinionRequests.Where(r => r.ProposalId == id)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.DueOn, r => r.DueOn.AddDays(-3))));
        var late = (await head.GetDocumentAsync($"/Proposals/Details/{id}")).QuerySelector("tr.opinion-request")!;
        Assert.Equal("– Quá hạn", late.QuerySelector(".overdue")?.TextContent.Trim());

        await PostAsync(head, id, "form[action*='handler=Answer']", new() { ["Answer.Text"] = "Khả thi" });
        Assert.Null((await head.GetDocumentAsync($"/Proposals/Details/{id}")).QuerySelector("tr.opinion-request .overdue"));
    }

    [Fact]
    public async Task An_invalid_request_is_shown_again_with_the_error_next_to_the_field_and_the_input_kept()
    {
        var id = await factory.SubmittedAsync("Thiếu nơi xin ý kiến");
        var head = await factory.SignInAsync(HeadEmail);

        var response = await PostAsync(head, id, "form[action*='handler=Ask']", new() { ["Ask.Kind"] = "Expert", ["Ask.Addressee"] = " ", ["Ask.DueOn"] = "31/12/2026" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await HtmlForms.ParseAsync(response);
        Assert.Equal("Vui lòng nhập cơ quan, tổ chức hoặc người được xin ý kiến.", page.QuerySelector("#ask-addressee-error")?.TextContent);
        Assert.Equal("true", page.QuerySelector("#ask-addressee")!.GetAttribute("aria-invalid"));
        Assert.Equal("31/12/2026", page.QuerySelector<IHtmlInputElement>("#ask-due")!.Value);
        Assert.Equal("Expert", page.QuerySelector<IHtmlSelectElement>("#ask-kind")!.Value);
        Assert.Empty((await Stored(id)).OpinionRequests);
    }

    [Fact]
    public async Task The_proposer_cannot_ask_for_opinions_and_another_communes_head_gets_not_found()
    {
        var id = await factory.SubmittedAsync("Chỉ người đứng đầu xin ý kiến");
        var proposer = await factory.SignInAsync(ProposerEmail);
        var otherHead = await factory.SignInAsync(OtherHeadEmail);
        var headPage = await (await factory.SignInAsync(HeadEmail)).GetDocumentAsync($"/Proposals/Details/{id}");
        var version = headPage.QuerySelector("input[name='Version']")!.GetAttribute("value")!;

        Assert.Null((await proposer.GetDocumentAsync($"/Proposals/Details/{id}")).QuerySelector("form[action*='handler=Ask']"));
        var byProposer = await PostRawAsync(proposer, $"/Proposals/Opinions/{id}?handler=Ask",
            new() { ["Version"] = version, ["Ask.Kind"] = "Expert", ["Ask.Addressee"] = "Tự xin" });
        var byOtherHead = await PostRawAsync(otherHead, $"/Proposals/Opinions/{id}?handler=Ask",
            new() { ["Version"] = version, ["Ask.Kind"] = "Expert", ["Ask.Addressee"] = "Lấn quyền" });

        Assert.Contains("Chỉ người đứng đầu", (await HtmlForms.ParseAsync(byProposer)).Text());
        Assert.Equal(HttpStatusCode.NotFound, byOtherHead.StatusCode);
        Assert.Empty((await Stored(id)).OpinionRequests);
    }

    [Fact]
    public async Task An_assigned_implementer_posts_progress_and_the_completion_report()
    {
        var id = await InProgressAsync("Triển khai có người thực hiện", "Vũ Thị Mai");
        var implementer = await factory.SignInAsync(ImplementerEmail);
        Assert.Equal([await factory.OfficerIdAsync("Vũ Thị Mai")], (await Stored(id)).AssignedImplementers.Select(i => i.OfficerId).ToArray());

        var posted = await PostAsync(implementer, id, "form[action*='handler=Update']", new() { ["Update.Percent"] = "40", ["Update.Text"] = "Đã số hóa 400 hồ sơ" });
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        var page = await implementer.GetDocumentAsync($"/Proposals/Details/{id}");
        Assert.Equal("40", page.QuerySelector("#progress-bar")!.GetAttribute("value"));
        Assert.Contains("40%", page.QuerySelector(".progress-percent")!.TextContent);
        Assert.Contains("Đã số hóa 400 hồ sơ", page.QuerySelector("table.progress-updates")!.TextContent);

        var tooShort = await PostAsync(implementer, id, "form[action*='handler=Complete']", new() { ["Completion.Report"] = "Xong." });
        var shortPage = await HtmlForms.ParseAsync(tooShort);
        Assert.Equal(HttpStatusCode.OK, tooShort.StatusCode);
        Assert.Contains("ít nhất 50 ký tự", shortPage.QuerySelector("#completion-report-error")!.TextContent);
        Assert.Equal("Xong.", shortPage.QuerySelector<IHtmlTextAreaElement>("#completion-report")!.Value);

        var completed = await PostAsync(implementer, id, "form[action*='handler=Complete']", new() { ["Completion.Report"] = Report });
        Assert.Equal(HttpStatusCode.Redirect, completed.StatusCode);
        var stored = await Stored(id);
        Assert.Equal(ProposalState.CompletionReported, stored.State);
        Assert.Equal(Report, stored.CompletionReport);
        Assert.Contains(Report, (await implementer.GetDocumentAsync($"/Proposals/Details/{id}")).QuerySelector(".completion-report")!.TextContent);
    }

    [Fact]
    public async Task An_officer_who_is_not_an_implementer_is_refused()
    {
        var id = await InProgressAsync("Triển khai không giao người khác");
        var deputy = await factory.SignInAsync(DeputyEmail);
        var otherHead = await factory.SignInAsync(OtherHeadEmail);
        var deputyPage = await deputy.GetDocumentAsync($"/Proposals/Details/{id}");
        var version = deputyPage.QuerySelector("input[name='Version']")?.GetAttribute("value")
            ?? (await Stored(id)).Version.ToString(CultureInfo.InvariantCulture);

        Assert.Null(deputyPage.QuerySelector("form[action*='handler=Update']"));
        var byDeputy = await PostRawAsync(deputy, $"/Proposals/Progress/{id}?handler=Update", new() { ["Version"] = version, ["Update.Percent"] = "50" });
        var byOtherHead = await PostRawAsync(otherHead, $"/Proposals/Progress/{id}?handler=Update", new() { ["Version"] = version, ["Update.Percent"] = "50" });

        Assert.Contains("Chỉ cán bộ đề xuất hoặc người được giao thực hiện", (await HtmlForms.ParseAsync(byDeputy)).Text());
        Assert.Equal(HttpStatusCode.NotFound, byOtherHead.StatusCode);
        Assert.Empty((await Stored(id)).ProgressUpdates);
    }

    [Fact]
    public async Task A_percentage_out_of_range_is_refused_next_to_the_field()
    {
        var id = await InProgressAsync("Tiến độ sai");
        var proposer = await factory.SignInAsync(ProposerEmail);

        var response = await PostAsync(proposer, id, "form[action*='handler=Update']", new() { ["Update.Percent"] = "140", ["Update.Text"] = "Vượt kế hoạch" });

        var page = await HtmlForms.ParseAsync(response);
        Assert.Equal("Tiến độ phải từ 0 đến 100%.", page.QuerySelector("#update-percent-error")?.TextContent);
        Assert.Equal("Vượt kế hoạch", page.QuerySelector<IHtmlTextAreaElement>("#update-text")!.Value);
        Assert.Empty((await Stored(id)).ProgressUpdates);
    }

    private static async Task<HttpResponseMessage> PostRawAsync(HttpClient client, string url, Dictionary<string, string> values)
    {
        var token = (await client.GetDocumentAsync("/Account/ChangePassword")).QuerySelector("input[name='__RequestVerificationToken']")!.GetAttribute("value")!;
        values["__RequestVerificationToken"] = token;
        return await client.PostAsync(url, new FormUrlEncodedContent(values));
    }
}
