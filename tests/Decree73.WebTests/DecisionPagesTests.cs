using System.Globalization;
using System.Net;
using Decree73.Domain.Proposals;
using Decree73.TestSupport;
using Xunit;
using static Decree73.WebTests.ProposalScenarios;

namespace Decree73.WebTests;

/// <summary>
/// Decree 73 Art. 8(1) through the pages: no rejection before the leadership vote (no button, a crafted post refused
/// with the reason), and a vote refused until every eligible member has an entry, with the message next to them.
/// </summary>
public abstract class DecisionPagesTests(WebAppFactory factory)
{
    private const string RejectBeforeVote = "chỉ được từ chối sau khi biểu quyết không thông qua";

    [ServiceFact]
    public async Task Before_the_vote_there_is_no_reject_button_and_a_crafted_reject_is_refused_with_the_reason()
    {
        var id = await factory.ProposalAtAsync(Stage.Submitted, "Từ chối khi chưa biểu quyết");
        var head = await factory.ClientAsync(HeadEmail);
        var page = await head.GetDocumentAsync($"/Proposals/Details/{id}");
        var before = await factory.StoredAsync(id);

        Assert.Null(page.QuerySelector("form[action*='handler=Reject']"));
        Assert.NotNull(page.QuerySelector("form[action*='handler=Return']"));
        Assert.NotNull(page.QuerySelector("form[action*='handler=Escalate']"));

        var crafted = await head.PostRawAsync($"/Proposals/Details/{id}?handler=Reject", new Dictionary<string, string>
        {
            ["Version"] = before.Version.ToString(CultureInfo.InvariantCulture), ["Action.Confirmed"] = "true", ["Action.Reason"] = "Không khả thi",
        });

        Assert.Equal(HttpStatusCode.OK, crafted.StatusCode);
        Assert.Contains(RejectBeforeVote, (await HtmlForms.ParseAsync(crafted)).Text(), StringComparison.Ordinal);
        Assert.Equal(before, await factory.StoredAsync(id));
    }

    [ServiceFact]
    public async Task After_a_vote_that_did_not_pass_the_reject_button_is_there_and_rejects_with_the_reason()
    {
        var id = await factory.ProposalAtAsync(Stage.NotPassed, "Từ chối sau biểu quyết");
        var head = await factory.ClientAsync(HeadEmail);
        var page = await head.GetDocumentAsync($"/Proposals/Details/{id}");

        Assert.NotNull(page.QuerySelector("form[action*='handler=Reject']"));
        var response = await head.PostFormAsync(id, "Reject", new() { ["Action.Reason"] = "Tập thể không thông qua", ["Action.Confirmed"] = "true" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(ProposalState.Rejected, (await factory.StoredAsync(id)).State);
        // The minutes of the failed vote stay on the page, with the meeting date.
        var after = await head.GetDocumentAsync($"/Proposals/Details/{id}");
        Assert.Contains(DeputyName, after.QuerySelector("#minutes-heading")!.Closest("section")!.TextContent, StringComparison.Ordinal);
    }

    [ServiceFact]
    public async Task The_vote_is_refused_until_every_member_has_an_entry_with_the_message_next_to_the_member()
    {
        var id = await factory.ProposalAtAsync(Stage.PartyOpinionGiven, "Biểu quyết thiếu thành viên");
        var head = await factory.ClientAsync(HeadEmail);
        var headId = await factory.OfficerIdAsync(HeadName);
        var deputyId = await factory.OfficerIdAsync(DeputyName);
        var before = await factory.StoredAsync(id);

        var response = await head.PostFormAsync(id, "Vote", new() { [$"Action.Votes[{headId}]"] = "true" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await HtmlForms.ParseAsync(response);
        Assert.Contains("Vui lòng chọn tán thành, không tán thành hoặc vắng mặt", page.QuerySelector($"#roster-{deputyId}-error")?.TextContent ?? "",
            StringComparison.Ordinal);
        Assert.Null(page.QuerySelector($"#roster-{headId}-error"));
        Assert.Equal(before, await factory.StoredAsync(id));

        var recorded = await head.PostFormAsync(id, "Vote", await head.OthersAbsentAsync(id, new() { [$"Action.Votes[{headId}]"] = "true", [$"Action.Votes[{deputyId}]"] = "absent" }));

        Assert.Equal(HttpStatusCode.Redirect, recorded.StatusCode);
        var stored = await factory.StoredAsync(id);
        Assert.Equal(ProposalState.Approved, stored.State);
        Assert.True(stored.Votes >= 2);
    }
}

public sealed class DecisionPagesTests_Sqlite(SqliteWebAppFactory factory) : DecisionPagesTests(factory), IClassFixture<SqliteWebAppFactory>;

[RequiresPostgres]
public sealed class DecisionPagesTests_PostgreSql(PostgresWebAppFactory factory) : DecisionPagesTests(factory), IClassFixture<PostgresWebAppFactory>;
