using System.Net;
using AngleSharp.Html.Dom;
using Decree73.Domain.Proposals;
using Decree73.TestSupport;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace Decree73.WebTests;

/// <summary>The head's steps through the real forms of the proposal page.</summary>
public sealed class ProposalWorkflowPagesTests(SqliteWebAppFactory factory) : IClassFixture<SqliteWebAppFactory>
{
    private const string ProposerEmail = "truongphong.kt.tramlo@demo.decree73.vn";
    private const string HeadEmail = "chutich.tramlo@demo.decree73.vn";

    private Task<Proposal> Stored(int id) =>
        factory.QueryAsync(db => db.Proposals.Include(p => p.Decisions).Include(p => p.Votes).SingleAsync(p => p.Id == id));

    [Fact]
    public async Task The_head_takes_a_proposal_from_receipt_to_closing_through_the_page()
    {
        var id = await factory.SubmittedAsync("Chuỗi bước đầy đủ");
        var head = await factory.SignInAsync(HeadEmail);
        var proposer = await factory.SignInAsync(ProposerEmail);
        var headId = await factory.OfficerIdAsync("Lê Văn Minh");
        var deputyId = await factory.OfficerIdAsync("Phạm Thị Lan");
        // Art. 8(1): every eligible member has an entry; any other deputy was not at the meeting.
        var tie = await head.OthersAbsentAsync(id, new Dictionary<string, string>
        {
            [$"Action.Votes[{headId}]"] = "true", [$"Action.Votes[{deputyId}]"] = "false",
        });

        // The vote is refused until the Party committee has given its opinion (the default setting).
        var early = await head.PostFormAsync(id, "Vote", tie);
        Assert.Contains("ý kiến của cấp ủy cùng cấp", (await HtmlForms.ParseAsync(early)).Text());
        Assert.Equal(ProposalState.Submitted, (await Stored(id)).State);

        Assert.Equal(HttpStatusCode.Redirect, (await head.PostFormAsync(id, "PartyOpinion")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await head.RecordConditionsAsync(id)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await head.PostFormAsync(id, "Vote", tie)).StatusCode);
        Assert.Equal(ProposalState.Approved, (await Stored(id)).State); // a tie goes with the head's vote
        Assert.Equal(HttpStatusCode.Redirect, (await head.PostFormAsync(id, "Decision", ProposalScenarios.Document("15/QĐ-UBND"))).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await proposer.PostFormAsync(id, "Complete", new() { ["Completion.Report"] = "Đã hoàn thành toàn bộ nội dung kế hoạch, đạt các chỉ tiêu đề ra về thời gian xử lý hồ sơ." })).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await head.PostFormAsync(id, "PartyOpinion")).StatusCode);
        var evaluation = new Dictionary<string, string>(ProposalScenarios.Document("20/QĐ-UBND"))
        {
            ["Action.Outcome"] = "Completed", ["Action.InLineWithPolicy"] = "true", ["Action.PureMotive"] = "true", ["Action.CommonInterest"] = "true",
            [$"Action.Votes[{headId}]"] = "true", [$"Action.Votes[{deputyId}]"] = "true",
        };
        Assert.Equal(HttpStatusCode.Redirect, (await head.PostFormAsync(id, "Evaluate", evaluation)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await head.IssueResultNoticeAsync(id)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await head.PostFormAsync(id, "Close")).StatusCode);

        var stored = await Stored(id);
        Assert.Equal(ProposalState.Closed, stored.State);
        Assert.Equal(EvaluationOutcome.Completed, stored.Outcome);
        Assert.Equal(new[] { DecisionKind.Implementation, DecisionKind.EvaluationResult }, stored.Decisions.OrderBy(d => d.Id).Select(d => d.Kind));
        Assert.Equal("15/QĐ-UBND", stored.Decisions.OrderBy(d => d.Id).First().DocumentNumber);
        Assert.Equal(new DateOnly(2026, 11, 25), stored.Decisions.First().SignedOn);
        Assert.Equal(2, stored.Votes.Count(v => v.Stage == VoteStage.Evaluation));
        Assert.True(stored.Votes.Count(v => v.Stage == VoteStage.Approval) >= 2); // the whole roster, any other deputy absent
    }

    [Fact]
    public async Task A_failed_vote_is_overridden_only_with_a_complete_decision_document()
    {
        var id = await factory.SubmittedAsync("Cần người đứng đầu chịu trách nhiệm");
        var head = await factory.SignInAsync(HeadEmail);
        var headId = await factory.OfficerIdAsync("Lê Văn Minh");
        var deputyId = await factory.OfficerIdAsync("Phạm Thị Lan");
        await head.PostFormAsync(id, "PartyOpinion");
        await head.RecordConditionsAsync(id);
        await head.PostFormAsync(id, "Vote", await head.OthersAbsentAsync(id, new() { [$"Action.Votes[{headId}]"] = "false", [$"Action.Votes[{deputyId}]"] = "true" }));
        Assert.Equal(ProposalState.NotPassed, (await Stored(id)).State);

        var incomplete = await head.PostFormAsync(id, "Override", new() { ["Action.Reason"] = "Tôi chịu trách nhiệm", ["Action.DocumentNumber"] = "3/QĐ-UBND", ["Action.Confirmed"] = "true" });
        Assert.Contains("số, ký hiệu, ngày ký và người ký", (await HtmlForms.ParseAsync(incomplete)).Text());

        var done = await head.PostFormAsync(id, "Override", new Dictionary<string, string>(ProposalScenarios.Document("3/QĐ-UBND")) { ["Action.Reason"] = "Tôi chịu trách nhiệm" });
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        var stored = await Stored(id);
        Assert.Equal(ProposalState.Approved, stored.State);
        Assert.True(stored.ApprovedByOverride);
    }

    [Fact]
    public async Task The_head_returns_a_proposal_for_revision_with_a_reason()
    {
        var id = await factory.SubmittedAsync("Cần bổ sung");
        var head = await factory.SignInAsync(HeadEmail);

        var noReason = await head.PostFormAsync(id, "Return", new() { ["Action.Reason"] = "" });
        var withReason = await head.PostFormAsync(id, "Return", new() { ["Action.Reason"] = "Bổ sung nguồn lực" });

        Assert.Contains("Vui lòng nêu lý do.", (await HtmlForms.ParseAsync(noReason)).Text());
        Assert.Equal(HttpStatusCode.Redirect, withReason.StatusCode);
        // The draft is the proposer's again, which the head may not read: back to the list, not to a 404.
        Assert.Equal("/Proposals", withReason.Headers.Location?.OriginalString);
        var stored = await Stored(id);
        Assert.Equal(ProposalState.Draft, stored.State);
        Assert.Equal("Bổ sung nguồn lực", stored.Decisions.Single().Reason);
    }

    [Fact]
    public async Task Neither_the_proposer_nor_another_communes_head_can_take_the_heads_steps()
    {
        var id = await factory.SubmittedAsync("Không ai khác được quyết");
        var proposer = await factory.SignInAsync(ProposerEmail);
        var otherHead = await factory.SignInAsync("chutich.phattich@demo.decree73.vn");
        var headPage = await (await factory.SignInAsync(HeadEmail)).GetDocumentAsync($"/Proposals/Details/{id}");
        var token = (await proposer.GetDocumentAsync("/Proposals")).QuerySelector("input[name='__RequestVerificationToken']")?.GetAttribute("value")
            ?? (await proposer.GetDocumentAsync("/Account/ChangePassword")).QuerySelector("input[name='__RequestVerificationToken']")!.GetAttribute("value")!;

        // The proposer sees no head form; posting it anyway is refused by the domain with a message.
        Assert.Null((await proposer.GetDocumentAsync($"/Proposals/Details/{id}")).QuerySelector("form[action*='handler=PartyOpinion']"));
        var byProposer = await proposer.PostAsync($"/Proposals/Details/{id}?handler=Reject", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["Version"] = VersionOf(headPage), ["Action.Confirmed"] = "true", ["Action.Reason"] = "Tự hủy",
        }));
        var otherToken = (await otherHead.GetDocumentAsync("/Account/ChangePassword")).QuerySelector("input[name='__RequestVerificationToken']")!.GetAttribute("value")!;
        var byOtherHead = await otherHead.PostAsync($"/Proposals/Details/{id}?handler=Reject", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = otherToken, ["Version"] = VersionOf(headPage), ["Action.Confirmed"] = "true", ["Action.Reason"] = "Lấn quyền",
        }));

        Assert.Contains("Chỉ người đứng đầu", (await HtmlForms.ParseAsync(byProposer)).Text());
        Assert.Equal(HttpStatusCode.NotFound, byOtherHead.StatusCode);
        Assert.Equal(ProposalState.Submitted, (await Stored(id)).State);
    }

    [Fact]
    public async Task A_submitted_proposal_is_in_the_heads_tasks_with_its_deadline_and_the_list_filters_by_who_holds_it()
    {
        var id = await factory.SubmittedAsync("Việc chờ Chủ tịch");
        var head = await factory.SignInAsync(HeadEmail);
        var proposer = await factory.SignInAsync(ProposerEmail);

        var tasks = await head.GetDocumentAsync("/Tasks");
        var row = tasks.QuerySelectorAll("tbody tr").Single(r => r.QuerySelector($"a[href='/Proposals/Details/{id}']") is not null);
        Assert.Contains("ngày làm việc", row.TextContent);
        Assert.Null((await proposer.GetDocumentAsync("/Tasks")).QuerySelector($"a[href='/Proposals/Details/{id}']"));

        var details = await head.GetDocumentAsync($"/Proposals/Details/{id}");
        Assert.Contains("Lê Văn Minh", details.QuerySelector("dl.facts")!.TextContent);

        var mine = await head.GetDocumentAsync("/Proposals?mine=true");
        Assert.NotNull(mine.QuerySelector($"a[href='/Proposals/Details/{id}']"));
        var proposersOwn = await proposer.GetDocumentAsync("/Proposals?mine=true");
        Assert.Null(proposersOwn.QuerySelector($"a[href='/Proposals/Details/{id}']"));
        Assert.NotNull((await proposer.GetDocumentAsync("/Proposals")).QuerySelector($"a[href='/Proposals/Details/{id}']"));
    }

    private static string VersionOf(IHtmlDocument page) => page.QuerySelector("input[name='Version']")!.GetAttribute("value")!;
}
