using System.Globalization;
using System.Net;
using Decree73.Domain.Proposals;
using Decree73.TestSupport;
using Microsoft.EntityFrameworkCore;
using Xunit;
using static Decree73.WebTests.ProposalScenarios;

namespace Decree73.WebTests;

/// <summary>Fields a form does not have, posted anyway, change nothing that is stored.</summary>
public abstract class OverpostingTests(WebAppFactory factory)
{
    private const string SaveButton = "button[formaction*='handler=Save']";
    private const string SubmitButton = "button[formaction*='handler=Submit']";

    /// <summary>What a crafted post adds to a form: the proposal's own columns under every name a binder might try.</summary>
    private async Task<Dictionary<string, string>> ExtrasAsync()
    {
        var otherUnit = (await factory.UnitIdAsync("PHATTICH")).ToString(CultureInfo.InvariantCulture);
        var otherOfficer = (await factory.OfficerIdAsync("Đỗ Văn Hùng")).ToString(CultureInfo.InvariantCulture);
        var extras = new Dictionary<string, string>();
        foreach (var prefix in new[] { "", "Input.", "Proposal.", "Action." })
        {
            extras[prefix + "State"] = "Approved";
            extras[prefix + "ReceiptNumber"] = "999/2026/ĐX-GIA";
            extras[prefix + "ProposerId"] = otherOfficer;
            extras[prefix + "DecidingUnitId"] = otherUnit;
            extras[prefix + "UnitId"] = otherUnit;
            extras[prefix + "ResponsibleOfficerId"] = otherOfficer;
            extras[prefix + "ApprovedByOverride"] = "true";
            extras[prefix + "PartyOpinionReceived"] = "true";
            extras[prefix + "Id"] = "1";
        }

        extras["Input.Version"] = "999";
        extras["Proposal.Version"] = "999";
        return extras;
    }

    [ServiceFact]
    public async Task Saving_a_draft_with_extra_fields_changes_only_the_plan()
    {
        var proposer = await factory.ClientAsync(ProposerEmail);
        var id = await factory.DraftAsync("Bản nháp bị gửi thêm trường");
        var before = await factory.StoredAsync(id);

        var saved = await proposer.SubmitAsync($"/Proposals/Edit/{id}",
            new Dictionary<string, string>(await ExtrasAsync()) { ["Input.Title"] = "Tên mới của bản nháp" }, "main form", SaveButton);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var after = await factory.StoredAsync(id);
        Assert.Equal(before with { Title = "Tên mới của bản nháp", Version = before.Version + 1 }, after);
    }

    [ServiceFact]
    public async Task Submitting_with_extra_fields_sets_the_receipt_number_proposer_and_deciding_unit_itself()
    {
        var proposer = await factory.ClientAsync(ProposerEmail);
        var id = await factory.DraftAsync("Gửi kèm trường lạ");
        var before = await factory.StoredAsync(id);

        var submitted = await proposer.SubmitAsync($"/Proposals/Edit/{id}",
            new Dictionary<string, string>(Plan("Gửi kèm trường lạ")).Concat(await ExtrasAsync()).ToDictionary(), "main form", SubmitButton);

        Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);
        var after = await factory.StoredAsync(id);
        Assert.Equal(ProposalState.Submitted, after.State);
        Assert.Matches(@"^\d+/\d{4}/ĐX-TRAMLO$", after.ReceiptNumber);
        Assert.Equal(before.ProposerId, after.ProposerId);
        Assert.Equal(before.DecidingUnitId, after.DecidingUnitId);
        Assert.Equal(await factory.OfficerIdAsync(HeadName), after.ResponsibleOfficerId);
        Assert.False(after.ApprovedByOverride);
        Assert.False(after.PartyOpinionReceived);
        Assert.Equal(before.Version + 1, after.Version);
    }

    [ServiceFact]
    public async Task A_new_proposal_posted_with_extra_fields_belongs_to_the_signed_in_proposer_and_stays_a_draft()
    {
        var proposer = await factory.ClientAsync(ProposerEmail);

        var saved = await proposer.SubmitAsync("/Proposals/Edit",
            new Dictionary<string, string>(await ExtrasAsync()) { ["Input.Title"] = "Đề xuất mới kèm trường lạ" }, "main form", SaveButton);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var stored = await factory.QueryAsync(db => db.Proposals.SingleAsync(p => p.Title == "Đề xuất mới kèm trường lạ"));
        Assert.Equal(ProposalState.Draft, stored.State);
        Assert.Null(stored.ReceiptNumber);
        Assert.Equal(await factory.OfficerIdAsync("Hoàng Đức Thắng"), stored.ProposerId);
        Assert.Equal(await factory.UnitIdAsync("TRAMLO"), stored.DecidingUnitId);
        Assert.False(stored.ApprovedByOverride);
        Assert.NotEqual(999, stored.Version);
    }

    [ServiceFact]
    public async Task A_stale_or_invented_version_posted_with_a_draft_is_refused_as_a_conflict()
    {
        var proposer = await factory.ClientAsync(ProposerEmail);
        var id = await factory.DraftAsync("Phiên bản giả");
        var before = await factory.StoredAsync(id);

        var response = await proposer.SubmitAsync($"/Proposals/Edit/{id}",
            new Dictionary<string, string> { ["Input.Title"] = "Ghi đè", ["Version"] = "999" }, "main form", SaveButton);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("vừa được người khác thay đổi", (await HtmlForms.ParseAsync(response)).Text(), StringComparison.Ordinal);
        Assert.Equal(before, await factory.StoredAsync(id));
    }

    [ServiceFact]
    public async Task The_party_opinion_step_with_extra_fields_records_only_the_party_opinion()
    {
        var head = await factory.ClientAsync(HeadEmail);
        var id = await factory.ProposalAtAsync(Stage.Submitted, "Ý kiến cấp ủy kèm trường lạ");
        var before = await factory.StoredAsync(id);
        var extras = new Dictionary<string, string>(await ExtrasAsync())
        {
            ["Action.Outcome"] = "NotCompleted", ["Action.Kind"] = "Reject", ["Action.Reason"] = "Lý do lạ",
            ["Action.DocumentNumber"] = "1/QĐ", ["Action.SignedOn"] = "01/12/2026", ["Action.Signer"] = HeadName,
            [$"Action.Votes[{await factory.OfficerIdAsync(HeadName)}]"] = "true",
        };

        var response = await head.PostFormAsync(id, "PartyOpinion", extras);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(before with { PartyOpinionReceived = true, Version = before.Version + 1 }, await factory.StoredAsync(id));
    }

    [ServiceFact]
    public async Task The_decision_step_with_an_outcome_and_another_kind_issues_only_the_implementation_decision()
    {
        var head = await factory.ClientAsync(HeadEmail);
        var id = await factory.ProposalAtAsync(Stage.Approved, "Quyết định kèm trường lạ");
        var before = await factory.StoredAsync(id);
        var values = new Dictionary<string, string>(Document("18/QĐ-UBND")).Concat(await ExtrasAsync()).ToDictionary();
        values["Action.Outcome"] = "NotCompleted";
        values["Action.Kind"] = "Stop";
        values["Action.Reason"] = "Dừng";

        var response = await head.PostFormAsync(id, "Decision", values);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var after = await factory.StoredAsync(id);
        Assert.Equal(ProposalState.InProgress, after.State);
        Assert.Null(after.Outcome);
        Assert.False(after.ApprovedByOverride);
        Assert.Equal(before.ProposerId, after.ProposerId);
        Assert.Equal(before.DecidingUnitId, after.DecidingUnitId);
        var decision = await factory.QueryAsync(db => db.Proposals.Where(p => p.Id == id).SelectMany(p => p.Decisions).SingleAsync(d => d.Kind != DecisionKind.Override));
        Assert.Equal(DecisionKind.Implementation, decision.Kind);
        Assert.Null(decision.Reason);
        Assert.Equal(before.Decisions + 1, after.Decisions);
    }

    [ServiceFact]
    public async Task Votes_posted_in_the_name_of_people_outside_the_leadership_are_refused()
    {
        var head = await factory.ClientAsync(HeadEmail);
        var id = await factory.ProposalAtAsync(Stage.PartyOpinionGiven, "Biểu quyết thêm phiếu");
        var before = await factory.StoredAsync(id);

        // The head and the deputy are against; two officers who are not in the leadership of Trạm Lộ are "for".
        var response = await head.PostFormAsync(id, "Vote", await head.OthersAbsentAsync(id, new()
        {
            [$"Action.Votes[{await factory.OfficerIdAsync(HeadName)}]"] = "false",
            [$"Action.Votes[{await factory.OfficerIdAsync(DeputyName)}]"] = "false",
            [$"Action.Votes[{await factory.OfficerIdAsync("Bùi Văn Nam")}]"] = "true",
            [$"Action.Votes[{await factory.OfficerIdAsync("Đỗ Văn Hùng")}]"] = "true",
        }));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Chỉ người đứng đầu và thành viên lãnh đạo", (await HtmlForms.ParseAsync(response)).Text(), StringComparison.Ordinal);
        Assert.Equal(before, await factory.StoredAsync(id));
    }

    [ServiceFact]
    public async Task Evaluation_votes_posted_in_the_name_of_people_outside_the_leadership_are_refused()
    {
        var head = await factory.ClientAsync(HeadEmail);
        var id = await factory.ProposalAtAsync(Stage.ReadyToEvaluate, "Đánh giá thêm phiếu");
        var before = await factory.StoredAsync(id);
        var values = Evaluation((await factory.OfficerIdAsync(HeadName)).ToString(CultureInfo.InvariantCulture));
        values[$"Action.Votes[{await factory.OfficerIdAsync(HeadName)}]"] = "false";
        values[$"Action.Votes[{await factory.OfficerIdAsync("Lý Văn Sơn")}]"] = "true";
        values[$"Action.Votes[{await factory.OfficerIdAsync("Trịnh Thị Yến")}]"] = "true";

        var response = await head.PostFormAsync(id, "Evaluate", await head.OthersAbsentAsync(id, values, "Evaluate"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Chỉ người đứng đầu và thành viên lãnh đạo", (await HtmlForms.ParseAsync(response)).Text(), StringComparison.Ordinal);
        Assert.Equal(before, await factory.StoredAsync(id));
    }

    [ServiceFact]
    public async Task A_progress_update_with_extra_fields_adds_the_update_and_nothing_else()
    {
        var proposer = await factory.ClientAsync(ProposerEmail);
        var id = await factory.ProposalAtAsync(Stage.InProgress, "Tiến độ kèm trường lạ");
        var before = await factory.StoredAsync(id);
        var values = new Dictionary<string, string>(await ExtrasAsync()) { ["Update.Percent"] = "30", ["Update.Text"] = "Đang làm", ["Completion.Report"] = CompletionReport };

        var response = await proposer.PostFormAsync(id, "Update", values);

        Assert.True(response.StatusCode == HttpStatusCode.Redirect, (await HtmlForms.ParseAsync(response)).Text());
        Assert.Equal(before with { ProgressUpdates = 1, Version = before.Version + 1 }, await factory.StoredAsync(id));
    }
}

public sealed class OverpostingTests_Sqlite(SqliteWebAppFactory factory) : OverpostingTests(factory), IClassFixture<SqliteWebAppFactory>;

[RequiresPostgres]
public sealed class OverpostingTests_PostgreSql(PostgresWebAppFactory factory) : OverpostingTests(factory), IClassFixture<PostgresWebAppFactory>;
