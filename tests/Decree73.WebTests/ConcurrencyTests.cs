using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Decree73.Domain.Proposals;
using Decree73.TestSupport;
using Microsoft.EntityFrameworkCore;
using Xunit;
using static Decree73.WebTests.ProposalScenarios;

namespace Decree73.WebTests;

/// <summary>Two people (or two tabs) acting from the same page: the second is told to reload, nothing is overwritten.</summary>
public abstract class ConcurrencyTests(WebAppFactory factory)
{
    private const string Conflict = "Bản ghi này vừa được người khác thay đổi. Vui lòng tải lại trang để xem nội dung mới rồi thực hiện lại.";

    [ServiceFact]
    public async Task The_head_in_two_sessions_the_second_refusing_from_a_stale_page_gets_the_conflict_and_the_party_opinion_stands()
    {
        var id = await factory.ProposalAtAsync(Stage.Submitted, "Hai phiên cùng xử lý");
        var first = await factory.SignInAsync(HeadEmail);
        var second = await factory.SignInAsync(HeadEmail);
        var firstPage = await first.GetDocumentAsync($"/Proposals/Details/{id}");
        var stalePage = await second.GetDocumentAsync($"/Proposals/Details/{id}");

        var recorded = await first.SubmitAsync(firstPage, new Dictionary<string, string>(), "form[action*='handler=PartyOpinion']");
        var afterFirst = await factory.StoredAsync(id);
        // Before the vote the head may only return the proposal (Art. 8(1)); from a stale page even that is refused.
        var rejected = await second.SubmitAsync(stalePage, new Dictionary<string, string> { ["Action.Reason"] = "Không khả thi" },
            "form[action*='handler=Return']");

        Assert.Equal(HttpStatusCode.Redirect, recorded.StatusCode);
        Assert.Equal(HttpStatusCode.OK, rejected.StatusCode);
        var page = await HtmlForms.ParseAsync(rejected);
        Assert.Contains(Conflict, page.QuerySelector("[role='alert']")?.TextContent ?? "", StringComparison.Ordinal);
        var stored = await factory.StoredAsync(id);
        Assert.Equal(afterFirst, stored);
        Assert.Equal(ProposalState.Submitted, stored.State);
        Assert.True(stored.PartyOpinionReceived);
        Assert.Equal(0, stored.Decisions);
    }

    [ServiceFact]
    public async Task Two_decisions_from_the_same_page_keep_the_first_and_tell_the_second_to_reload()
    {
        var id = await factory.ProposalAtAsync(Stage.Approved, "Hai quyết định cùng lúc");
        var first = await factory.SignInAsync(HeadEmail);
        var second = await factory.SignInAsync(HeadEmail);
        var firstPage = await first.GetDocumentAsync($"/Proposals/Details/{id}");
        var stalePage = await second.GetDocumentAsync($"/Proposals/Details/{id}");

        var issued = await first.SubmitAsync(firstPage, Document("21/QĐ-UBND"), "form[action*='handler=Decision']");
        var late = await second.SubmitAsync(stalePage, Document("22/QĐ-UBND"), "form[action*='handler=Decision']");

        Assert.Equal(HttpStatusCode.Redirect, issued.StatusCode);
        Assert.Equal(HttpStatusCode.OK, late.StatusCode);
        Assert.Contains(Conflict, (await HtmlForms.ParseAsync(late)).Text(), StringComparison.Ordinal);
        var numbers = await factory.QueryAsync(db => db.Proposals.Where(p => p.Id == id).SelectMany(p => p.Decisions).Select(d => d.DocumentNumber).ToListAsync());
        Assert.Equal(["21/QĐ-UBND"], numbers);
        Assert.Equal(ProposalState.InProgress, (await factory.StoredAsync(id)).State);
    }

    [ServiceFact]
    public async Task A_draft_saved_in_two_tabs_keeps_the_first_save_and_shows_the_second_its_own_text_with_the_conflict()
    {
        var proposer = await factory.ClientAsync(ProposerEmail);
        var id = await factory.DraftAsync("Bản nháp hai thẻ");
        var firstTab = await proposer.GetDocumentAsync($"/Proposals/Edit/{id}");
        var secondTab = await proposer.GetDocumentAsync($"/Proposals/Edit/{id}");

        var firstSave = await proposer.SubmitAsync(firstTab,
            new Dictionary<string, string> { ["Input.Title"] = "Tên từ thẻ thứ nhất", ["Input.Plan.Content"] = "Nội dung thẻ một" }, "main form",
            "button[formaction*='handler=Save']");
        var afterFirst = await factory.StoredAsync(id);
        var secondSave = await proposer.SubmitAsync(secondTab,
            new Dictionary<string, string> { ["Input.Title"] = "Tên từ thẻ thứ hai", ["Input.Plan.Content"] = "Nội dung thẻ hai" }, "main form",
            "button[formaction*='handler=Save']");

        Assert.Equal(HttpStatusCode.Redirect, firstSave.StatusCode);
        Assert.Equal(HttpStatusCode.OK, secondSave.StatusCode);
        var page = await HtmlForms.ParseAsync(secondSave);
        Assert.Contains(Conflict, page.Text(), StringComparison.Ordinal);
        Assert.Equal("Tên từ thẻ thứ hai", page.QuerySelector<IHtmlInputElement>("#Input_Title")!.Value);
        Assert.Equal("Nội dung thẻ hai", page.QuerySelector<IHtmlTextAreaElement>("#Input_Plan_Content")!.Value);
        Assert.Equal(afterFirst, await factory.StoredAsync(id));
        Assert.Equal("Nội dung thẻ một", await factory.QueryAsync(db => db.Proposals.Where(p => p.Id == id).Select(p => p.Plan.Content).SingleAsync()));
    }
}

public sealed class ConcurrencyTests_Sqlite(SqliteWebAppFactory factory) : ConcurrencyTests(factory), IClassFixture<SqliteWebAppFactory>;

[RequiresPostgres]
public sealed class ConcurrencyTests_PostgreSql(PostgresWebAppFactory factory) : ConcurrencyTests(factory), IClassFixture<PostgresWebAppFactory>;
