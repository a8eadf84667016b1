using System.Globalization;
using System.Net;
using Decree73.Domain.Proposals;
using Decree73.TestSupport;
using Microsoft.EntityFrameworkCore;
using Xunit;
using static Decree73.WebTests.ProposalScenarios;

namespace Decree73.WebTests;

/// <summary>
/// A leadership member's own vote before the meeting (issue 13) and the evaluation vote of Art. 9(2) through the pages:
/// the pending vote in the deputy's tasks, their position prefilled in the head's minutes, who may give a position
/// (authorized on the proposal), and the evaluation minutes refused until every member has an entry.
/// </summary>
public sealed class MemberVotePagesTests(SqliteWebAppFactory factory) : IClassFixture<SqliteWebAppFactory>
{
    private Task<List<VotePosition>> PositionsAsync(int id) =>
        factory.QueryAsync(db => db.VotePositions.AsNoTracking().Where(v => v.ProposalId == id).ToListAsync());

    private async Task<HttpResponseMessage> CraftedPositionAsync(HttpClient client, int id, string position = "true", Dictionary<string, string>? extra = null)
    {
        var values = new Dictionary<string, string>(extra ?? [])
        {
            ["Version"] = (await factory.StoredAsync(id)).Version.ToString(CultureInfo.InvariantCulture), ["Action.Position"] = position,
        };
        return await client.PostRawAsync($"/Proposals/Details/{id}?handler=Position", values);
    }

    [ServiceFact]
    public async Task A_deputy_finds_the_pending_vote_in_their_tasks_gives_and_changes_their_position_and_the_head_sees_it_prefilled()
    {
        var id = await factory.ProposalAtAsync(Stage.Submitted, "Ý kiến của phó chủ tịch trước cuộc họp");
        var deputy = await factory.ClientAsync(DeputyEmail);
        var deputyId = await factory.OfficerIdAsync(DeputyName);

        var tasks = await deputy.GetDocumentAsync("/Tasks");
        Assert.NotNull(tasks.QuerySelector($"#pending-votes a[href='/Proposals/Details/{id}']"));
        Assert.NotNull((await deputy.GetDocumentAsync("/")).QuerySelector("#home-pending-votes"));

        var given = await deputy.PostFormAsync(id, "Position", new() { ["Action.Position"] = "true", ["Action.PositionNote"] = "Đồng ý, cần thêm 1 máy quét" });
        Assert.Equal(HttpStatusCode.Redirect, given.StatusCode);
        var changed = await deputy.PostFormAsync(id, "Position", new() { ["Action.Position"] = "false", ["Action.PositionNote"] = "Chưa rõ kinh phí" });
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);

        var position = Assert.Single(await PositionsAsync(id));
        Assert.Equal((deputyId, false, "Chưa rõ kinh phí"), (position.OfficerId, position.InFavour, position.Note));
        var page = await deputy.GetDocumentAsync($"/Proposals/Details/{id}");
        Assert.Contains("Không tán thành", page.QuerySelector("#my-vote-current")!.TextContent, StringComparison.Ordinal);
        Assert.True(page.QuerySelector("#my-vote-against")!.HasAttribute("checked"));
        // The history tells it as a sentence, with the deputy's name.
        Assert.Contains($"{DeputyName} thêm ý kiến gửi trước cuộc họp biểu quyết", page.QuerySelector("section.history")!.TextContent, StringComparison.Ordinal);

        // The head's minutes start from it, with the note beside the member; the head still records the meeting.
        var head = await factory.ClientAsync(HeadEmail);
        var minutes = await head.GetDocumentAsync($"/Proposals/Details/{id}");
        Assert.True(minutes.QuerySelector($"#roster-{deputyId}-against")!.HasAttribute("checked"));
        Assert.Contains("Chưa rõ kinh phí", minutes.QuerySelector($"#roster-{deputyId}-position")!.TextContent, StringComparison.Ordinal);
        Assert.Null(minutes.QuerySelector("#my-vote-form"));
    }

    [ServiceFact]
    public async Task A_position_is_refused_without_a_choice_with_the_message_next_to_it()
    {
        var id = await factory.ProposalAtAsync(Stage.Submitted, "Ý kiến không chọn");
        var deputy = await factory.ClientAsync(DeputyEmail);

        var response = await deputy.PostFormAsync(id, "Position", new() { ["Action.PositionNote"] = "Chưa chọn" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Vui lòng chọn tán thành hoặc không tán thành", (await HtmlForms.ParseAsync(response)).QuerySelector("#my-vote-error")!.TextContent, StringComparison.Ordinal);
        Assert.Empty(await PositionsAsync(id));
    }

    [ServiceFact]
    public async Task A_deputy_records_only_their_own_position_whatever_the_post_names()
    {
        var id = await factory.ProposalAtAsync(Stage.Submitted, "Ý kiến cho người khác");
        var deputy = await factory.ClientAsync(DeputyEmail);
        var other = await factory.OfficerIdAsync("Ngô Thị Thu");
        var headId = await factory.OfficerIdAsync(HeadName);

        var response = await CraftedPositionAsync(deputy, id, extra: new()
        {
            ["OfficerId"] = other.ToString(CultureInfo.InvariantCulture), ["Action.OfficerId"] = other.ToString(CultureInfo.InvariantCulture),
            [$"Action.Votes[{headId}]"] = "false",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(await factory.OfficerIdAsync(DeputyName), Assert.Single(await PositionsAsync(id)).OfficerId);
        Assert.Equal(ProposalState.Submitted, (await factory.StoredAsync(id)).State);
    }

    /// <summary>Who may give a position on a Trạm Lộ proposal awaiting its vote: a crafted post with the current version.</summary>
    [ServiceTheory]
    [InlineData(HeadEmail, "denied")]             // the head keeps the minutes
    [InlineData(ProposerEmail, "denied")]         // the proposer reads it, but does not vote
    [InlineData(WardMonitorEmail, "denied")]      // the Interior office monitors, does not vote
    [InlineData(OtherHeadEmail, "not found")]     // another commune: the proposal does not exist for them
    [InlineData(ProvinceInteriorEmail, "denied")]
    [InlineData(NoGrantsEmail, "not found")]
    [InlineData(DeputyProposerEmail, "allowed")]  // a deputy of Trạm Lộ, not the proposer of this one
    public async Task Only_a_deputy_of_the_deciding_agency_who_did_not_propose_it_gives_a_position(string email, string expected)
    {
        var id = await factory.ProposalAtAsync(Stage.Submitted, "Ma trận ý kiến " + email);
        var client = await factory.ClientAsync(email);

        var response = await CraftedPositionAsync(client, id);

        switch (expected)
        {
            case "allowed":
                Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
                Assert.Single(await PositionsAsync(id));
                break;
            case "not found":
                Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
                Assert.Empty(await PositionsAsync(id));
                break;
            default:
                Assert.StartsWith("/Account/AccessDenied", response.Headers.Location!.PathAndQuery);
                Assert.Empty(await PositionsAsync(id));
                break;
        }
    }

    [ServiceFact]
    public async Task A_deputy_who_proposed_is_not_eligible_on_their_own_proposal_and_sees_no_pending_vote_for_it()
    {
        var own = await factory.ProposalAtAsync(Stage.Submitted, "Đề xuất của phó chủ tịch", DeputyProposerEmail);
        var deputyProposer = await factory.ClientAsync(DeputyProposerEmail);

        Assert.Null((await deputyProposer.GetDocumentAsync("/Tasks")).QuerySelector($"#pending-votes a[href='/Proposals/Details/{own}']"));
        Assert.Null((await deputyProposer.GetDocumentAsync($"/Proposals/Details/{own}")).QuerySelector("#my-vote-form"));
        Assert.StartsWith("/Account/AccessDenied", (await CraftedPositionAsync(deputyProposer, own)).Headers.Location!.PathAndQuery);
        Assert.Empty(await PositionsAsync(own));

        // The other deputy sees it and may give a position.
        var deputy = await factory.ClientAsync(DeputyEmail);
        Assert.NotNull((await deputy.GetDocumentAsync("/Tasks")).QuerySelector($"#pending-votes a[href='/Proposals/Details/{own}']"));
    }

    [ServiceFact]
    public async Task Once_the_head_records_the_vote_the_position_can_no_longer_be_changed()
    {
        var id = await factory.ProposalAtAsync(Stage.Approved, "Ý kiến sau biểu quyết");
        var deputy = await factory.ClientAsync(DeputyEmail);

        Assert.Null((await deputy.GetDocumentAsync($"/Proposals/Details/{id}")).QuerySelector("#my-vote-form"));
        Assert.StartsWith("/Account/AccessDenied", (await CraftedPositionAsync(deputy, id)).Headers.Location!.PathAndQuery);
        Assert.Empty(await PositionsAsync(id));
        Assert.Null((await deputy.GetDocumentAsync("/Tasks")).QuerySelector($"#pending-votes a[href='/Proposals/Details/{id}']"));
    }

    [ServiceFact]
    public async Task The_evaluation_is_refused_until_every_member_has_an_entry_and_its_minutes_are_shown()
    {
        var id = await factory.ProposalAtAsync(Stage.ReadyToEvaluate, "Đánh giá đủ thành viên");
        var head = await factory.ClientAsync(HeadEmail);
        var headId = (await factory.OfficerIdAsync(HeadName)).ToString(CultureInfo.InvariantCulture);
        var deputyId = await factory.OfficerIdAsync(DeputyName);

        // The head alone: refused, the message next to each member left blank, nothing recorded.
        var refused = await head.PostFormAsync(id, "Evaluate", Evaluation(headId));
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var page = await HtmlForms.ParseAsync(refused);
        Assert.NotNull(page.QuerySelector($"#roster-{deputyId}-error"));
        Assert.Equal(ProposalState.CompletionReported, (await factory.StoredAsync(id)).State);

        var values = await head.OthersAbsentAsync(id, Evaluation(headId), "Evaluate");
        values[$"Action.Votes[{deputyId}]"] = "true";
        Assert.Equal(HttpStatusCode.Redirect, (await head.PostFormAsync(id, "Evaluate", values)).StatusCode);
        var evaluated = await head.GetDocumentAsync($"/Proposals/Details/{id}");
        var minutes = evaluated.QuerySelector("#evaluation-minutes")!;
        Assert.Contains(DeputyName, minutes.TextContent, StringComparison.Ordinal);
        Assert.Contains("Tán thành", minutes.TextContent, StringComparison.Ordinal);
        Assert.Contains("Biên bản biểu quyết đánh giá kết quả", minutes.TextContent, StringComparison.Ordinal);
    }
}
