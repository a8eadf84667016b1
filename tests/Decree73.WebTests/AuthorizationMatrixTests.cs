using System.Globalization;
using System.Net;
using Decree73.Domain.Proposals;
using Decree73.TestSupport;
using Microsoft.EntityFrameworkCore;
using Xunit;
using static Decree73.WebTests.ProposalScenarios;

namespace Decree73.WebTests;

/// <summary>What the person trying an operation should get.</summary>
public enum Expected
{
    /// <summary>The operation goes through (a GET shows the page, a POST redirects and changes what is stored).</summary>
    Allowed,
    /// <summary>A reader without the right: the page comes back with the refusal, nothing stored changes.</summary>
    Refused,
    /// <summary>Not allowed to read it: it does not exist for them.</summary>
    NotFound,
    /// <summary>For /Tasks: the proposal is listed, or not.</summary>
    Listed,
    NotListed,
}

/// <summary>
/// Role × unit × operation on a proposal of the Trạm Lộ proposer (decided by the head of UBND phường Trạm Lộ),
/// through real pages and posts. Every refused or hidden case also checks that the stored proposal, its version
/// included, did not change.
/// </summary>
public abstract class AuthorizationMatrixTests(WebAppFactory factory)
{
    private sealed record Actor(string Email, bool Reads, bool IsProposer = false, bool IsDecidingHead = false);

    private enum Right
    {
        Read,
        EditDraft,
        Head,
        ProposerOrImplementer,
        Tasks,
    }

    private const string NotTheHead = "Chỉ người đứng đầu cơ quan có thẩm quyền";
    private const string NotAnImplementer = "Chỉ cán bộ đề xuất hoặc người được giao thực hiện";

    /// <summary>
    /// One operation: the stage it needs, who may take it, the page and handler it posts to (null for a GET), the
    /// values it posts beyond the form's own, and what the store looks like once it went through.
    /// </summary>
    private sealed record Operation(
        Stage Stage, Right Right, string? Page = null, string? Handler = null, string? Button = null,
        Func<WebAppFactory, int, Task<Dictionary<string, string>>>? Values = null, Func<StoredProposal, bool>? Done = null);

    private static readonly Dictionary<string, Actor> Actors = new()
    {
        ["the proposer"] = new(ProposerEmail, Reads: true, IsProposer: true),
        ["a proposer of another commune"] = new(OtherProposerEmail, Reads: false),
        ["the deciding head"] = new(HeadEmail, Reads: true, IsDecidingHead: true),
        ["the head of another commune"] = new(OtherHeadEmail, Reads: false),
        ["a deputy of the deciding unit"] = new(DeputyEmail, Reads: true),
        ["the Interior officer monitoring the province"] = new(ProvinceInteriorEmail, Reads: true),
        ["the office monitoring the ward"] = new(WardMonitorEmail, Reads: true),
        ["the office monitoring another commune"] = new(OtherInteriorEmail, Reads: false),
        ["a province administrator"] = new(AdministratorEmail, Reads: false),
        ["an account with no role"] = new(NoGrantsEmail, Reads: false),
    };

    private static Func<WebAppFactory, int, Task<Dictionary<string, string>>> Fixed(Dictionary<string, string> values) =>
        (_, _) => Task.FromResult(values);

    private static async Task<Dictionary<string, string>> HeadVotesFor(WebAppFactory factory, int id) =>
        // The whole roster of Trạm Lộ's leadership (Art. 8(1)): the head for, the others absent.
        await (await factory.ClientAsync(HeadEmail)).OthersAbsentAsync(id, new() { [$"Action.Votes[{await factory.OfficerIdAsync(HeadName)}]"] = "true" });

    private static readonly Dictionary<string, Operation> Operations = new()
    {
        ["GET the details page"] = new(Stage.Submitted, Right.Read),
        ["GET the history section"] = new(Stage.Submitted, Right.Read),
        ["GET the edit page of a draft"] = new(Stage.Draft, Right.EditDraft),
        ["GET an attachment"] = new(Stage.WithAttachment, Right.Read),
        ["GET /Tasks"] = new(Stage.Submitted, Right.Tasks),
        ["POST PartyOpinion"] = new(Stage.Submitted, Right.Head, "Details", "PartyOpinion", Done: p => p.PartyOpinionReceived),
        ["POST Vote (approve)"] = new(Stage.PartyOpinionGiven, Right.Head, "Details", "Vote", Values: HeadVotesFor,
            Done: p => p.State == ProposalState.Approved),
        ["POST Override"] = new(Stage.NotPassed, Right.Head, "Details", "Override",
            Values: Fixed(new(Document("3/QĐ-UBND")) { ["Action.Reason"] = "Tôi chịu trách nhiệm" }),
            Done: p => p.State == ProposalState.Approved && p.ApprovedByOverride),
        // Art. 8(1): rejection only after a vote that did not pass.
        ["POST Reject"] = new(Stage.NotPassed, Right.Head, "Details", "Reject", null,
            Fixed(new() { ["Action.Reason"] = "Không khả thi", ["Action.Confirmed"] = "true" }), p => p.State == ProposalState.Rejected),
        ["POST Return"] = new(Stage.Submitted, Right.Head, "Details", "Return", null,
            Fixed(new() { ["Action.Reason"] = "Bổ sung" }), p => p.State == ProposalState.Draft),
        ["POST Escalate"] = new(Stage.Submitted, Right.Head, "Details", "Escalate", null,
            Fixed(new() { ["Action.Reason"] = "Vượt thẩm quyền", ["Action.Confirmed"] = "true" }), p => p.State == ProposalState.Escalated),
        ["POST Decision"] = new(Stage.Approved, Right.Head, "Details", "Decision", Values: Fixed(Document("16/QĐ-UBND")),
            Done: p => p.State == ProposalState.InProgress),
        ["POST Direct (Suspend)"] = new(Stage.InProgress, Right.Head, "Details", "Direct", "button[value='Suspend']",
            Fixed(new(Document("17/QĐ-UBND")) { ["Action.Kind"] = "Suspend", ["Action.Reason"] = "Tạm dừng để rà soát" }),
            p => p.State == ProposalState.Suspended),
        ["POST Stop"] = new(Stage.InProgress, Right.Head, "Details", "Stop", null,
            Fixed(new(Document("19/QĐ-UBND")) { ["Action.Reason"] = "Không còn phù hợp", ["Action.Confirmed"] = "true" }),
            p => p.State == ProposalState.Stopped),
        ["POST Evaluate"] = new(Stage.ReadyToEvaluate, Right.Head, "Details", "Evaluate",
            // The whole roster (Art. 9(2) with the rule of Art. 8(1)): the head for, the others absent.
            Values: async (f, id) => await (await f.ClientAsync(HeadEmail)).OthersAbsentAsync(
                id, Evaluation((await f.OfficerIdAsync(HeadName)).ToString(CultureInfo.InvariantCulture)), "Evaluate"),
            Done: p => p.State == ProposalState.Evaluated),
        ["POST Close"] = new(Stage.Evaluated, Right.Head, "Details", "Close", Done: p => p.State == ProposalState.Closed),
        ["POST an opinion request"] = new(Stage.Submitted, Right.Head, "Opinions", "Ask",
            Values: Fixed(new() { ["Ask.Kind"] = "Expert", ["Ask.Addressee"] = "TS. Trần Văn Bình" }), Done: p => p.OpinionRequests == 1),
        ["POST an opinion response"] = new(Stage.OpinionAsked, Right.Head, "Opinions", "Answer",
            Values: async (f, id) => new()
            {
                ["Answer.Text"] = "Khả thi",
                ["Answer.RequestId"] = (await f.QueryAsync(db => db.OpinionRequests.Where(r => r.ProposalId == id).Select(r => r.Id).SingleAsync()))
                    .ToString(CultureInfo.InvariantCulture),
            },
            Done: p => p.Answers == 1),
        ["POST progress"] = new(Stage.InProgress, Right.ProposerOrImplementer, "Progress", "Update",
            Values: Fixed(new() { ["Update.Percent"] = "40", ["Update.Text"] = "Đã số hóa 400 hồ sơ" }), Done: p => p.ProgressUpdates == 1),
    };

    private static Expected ExpectedFor(Actor actor, Operation operation) => operation.Right switch
    {
        Right.Tasks => actor.IsDecidingHead ? Expected.Listed : Expected.NotListed,
        // Drafts are read by their proposer alone.
        Right.EditDraft => actor.IsProposer ? Expected.Allowed : Expected.NotFound,
        _ when !actor.Reads => Expected.NotFound,
        Right.Read => Expected.Allowed,
        Right.Head => actor.IsDecidingHead ? Expected.Allowed : Expected.Refused,
        _ => actor.IsProposer ? Expected.Allowed : Expected.Refused,
    };

    public static TheoryData<string, string, Expected> Matrix()
    {
        var rows = new TheoryData<string, string, Expected>();
        foreach (var (actorName, actor) in Actors)
        {
            foreach (var (operationName, operation) in Operations)
            {
                rows.Add(actorName, operationName, ExpectedFor(actor, operation));
            }
        }

        return rows;
    }

    /// <summary>Proposals already at a stage, shared by the rows that must not change them.</summary>
    private static readonly Dictionary<(WebAppFactory, Stage), int> Shared = [];

    private async Task<int> ProposalForAsync(Stage stage, Expected expected, string title)
    {
        if (expected == Expected.Allowed && stage != Stage.Draft)
        {
            return await factory.ProposalAtAsync(stage, title);
        }

        // A draft is only ever opened (never changed) here; one per stage is enough.
        lock (Shared)
        {
            if (Shared.TryGetValue((factory, stage), out var id))
            {
                return id;
            }
        }

        var created = await factory.ProposalAtAsync(stage, "Ma trận phân quyền – " + stage);
        lock (Shared)
        {
            Shared[(factory, stage)] = created;
        }

        return created;
    }

    [ServiceTheory]
    [MemberData(nameof(Matrix))]
    public async Task Each_person_gets_exactly_what_their_role_and_unit_allow(string actorName, string operationName, Expected expected)
    {
        var actor = Actors[actorName];
        var operation = Operations[operationName];
        var id = await ProposalForAsync(operation.Stage, expected, $"{operationName} bởi {actorName}");
        var client = await factory.ClientAsync(actor.Email);
        var before = await factory.StoredAsync(id);

        if (operation.Handler is null)
        {
            await GetAsync(client, id, operationName, operation, expected, before);
        }
        else
        {
            await PostAsync(client, id, operation, expected, before);
        }

        if (expected != Expected.Allowed || operation.Handler is null)
        {
            Assert.Equal(before, await factory.StoredAsync(id));
        }
    }

    private async Task GetAsync(HttpClient client, int id, string operationName, Operation operation, Expected expected, StoredProposal before)
    {
        if (operation.Right == Right.Tasks)
        {
            var tasks = await client.GetDocumentAsync("/Tasks");
            // The steps the person holds; a deputy's pending votes are listed apart ("Chờ biểu quyết", MemberVotePagesTests).
            var link = tasks.QuerySelector($"#my-tasks a[href='/Proposals/Details/{id}']");
            Assert.True((expected == Expected.Listed) == (link is not null), $"/Tasks {(link is null ? "does not list" : "lists")} proposal {id}");
            return;
        }

        var url = operation.Right == Right.EditDraft ? $"/Proposals/Edit/{id}" : $"/Proposals/Details/{id}";
        if (operation.Stage == Stage.WithAttachment)
        {
            var attachmentId = await factory.QueryAsync(db => db.ProposalAttachments.Where(a => a.ProposalId == id).Select(a => a.Id).FirstAsync());
            url = $"/Proposals/Attachments/{id}?handler=Download&attachmentId={attachmentId}";
        }

        var response = await client.GetAsync(url);
        if (expected == Expected.NotFound)
        {
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            return;
        }

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        if (operation.Stage == Stage.WithAttachment)
        {
            Assert.Equal(SampleFiles.Pdf(), await response.Content.ReadAsByteArrayAsync());
            return;
        }

        var page = await HtmlForms.ParseAsync(response);
        if (operationName.Contains("history", StringComparison.Ordinal))
        {
            Assert.NotEmpty(page.QuerySelectorAll("section.history tbody tr"));
        }
        else if (operation.Right == Right.EditDraft)
        {
            Assert.Equal(before.Title, page.QuerySelector("#Input_Title")?.GetAttribute("value"));
        }
        else
        {
            Assert.Contains(before.Title, page.QuerySelector("h1")?.TextContent ?? "", StringComparison.Ordinal);
        }
    }

    private async Task PostAsync(HttpClient client, int id, Operation operation, Expected expected, StoredProposal before)
    {
        var values = operation.Values is null ? [] : await operation.Values(factory, id);
        HttpResponseMessage response;
        if (expected == Expected.Allowed)
        {
            // The right person uses the real form on the page.
            response = await client.PostFormAsync(id, operation.Handler!, values, operation.Button);
            Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"gave {(int)response.StatusCode}: {(await HtmlForms.ParseAsync(response)).QuerySelector("[role='alert']")?.TextContent}");
            var after = await factory.StoredAsync(id);
            Assert.True(operation.Done!(after), $"stored after the step: {after}");
            Assert.True(after.Version > before.Version);
            return;
        }

        // Anyone else sends a crafted post with the current version, so only the authorization can stop it.
        var posted = new Dictionary<string, string>(values) { ["Version"] = before.Version.ToString(CultureInfo.InvariantCulture) };
        response = await client.PostRawAsync($"/Proposals/{operation.Page}/{id}?handler={operation.Handler}", posted);
        if (expected == Expected.NotFound)
        {
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            return;
        }

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var refusal = (await HtmlForms.ParseAsync(response)).QuerySelector("[role='alert']")?.TextContent ?? "";
        Assert.Contains(operation.Right == Right.Head ? NotTheHead : NotAnImplementer, refusal, StringComparison.Ordinal);
    }

    [ServiceFact]
    public async Task Another_communes_head_trying_to_approve_gets_not_found_and_nothing_changes()
    {
        var id = await factory.ProposalAtAsync(Stage.PartyOpinionGiven, "Chủ tịch xã khác phê duyệt");
        var otherHead = await factory.ClientAsync(OtherHeadEmail);
        var before = await factory.StoredAsync(id);
        var otherHeadOfficer = await factory.OfficerIdAsync("Đỗ Văn Hùng");

        var response = await otherHead.PostRawAsync($"/Proposals/Details/{id}?handler=Vote", new Dictionary<string, string>
        {
            ["Version"] = before.Version.ToString(CultureInfo.InvariantCulture), [$"Action.Votes[{otherHeadOfficer}]"] = "true",
        });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(before, await factory.StoredAsync(id));
    }

    [ServiceFact]
    public async Task The_proposer_cannot_approve_their_own_proposal_even_voting_for_the_head()
    {
        var id = await factory.ProposalAtAsync(Stage.PartyOpinionGiven, "Tự phê duyệt");
        var proposer = await factory.ClientAsync(ProposerEmail);
        var before = await factory.StoredAsync(id);
        var headId = await factory.OfficerIdAsync(HeadName);
        var proposerId = before.ProposerId;

        var response = await proposer.PostRawAsync($"/Proposals/Details/{id}?handler=Vote", new Dictionary<string, string>
        {
            ["Version"] = before.Version.ToString(CultureInfo.InvariantCulture), [$"Action.Votes[{headId}]"] = "true", [$"Action.Votes[{proposerId}]"] = "true",
        });

        Assert.Contains(NotTheHead, (await HtmlForms.ParseAsync(response)).Text(), StringComparison.Ordinal);
        Assert.Equal(before, await factory.StoredAsync(id));
    }

    [ServiceFact]
    public async Task A_deputy_who_proposed_neither_takes_the_vote_nor_is_counted_in_it()
    {
        var id = await factory.ProposalAtAsync(Stage.PartyOpinionGiven, "Cấp phó đề xuất", DeputyProposerEmail);
        var deputy = await factory.ClientAsync(DeputyProposerEmail);
        var head = await factory.ClientAsync(HeadEmail);
        var before = await factory.StoredAsync(id);
        var headId = await factory.OfficerIdAsync(HeadName);
        var deputyId = before.ProposerId;
        var votes = new Dictionary<string, string>
        {
            [$"Action.Votes[{deputyId}]"] = "true", [$"Action.Votes[{headId}]"] = "false", [$"Action.Votes[{await factory.OfficerIdAsync(DeputyName)}]"] = "true",
        };

        // The deputy is a leadership member of the deciding unit and reads the proposal, but does not run the vote.
        var page = await deputy.GetDocumentAsync($"/Proposals/Details/{id}");
        Assert.Null(page.QuerySelector("form[action*='handler=Vote']"));
        var byDeputy = await deputy.PostRawAsync($"/Proposals/Details/{id}?handler=Vote",
            new Dictionary<string, string>(votes) { ["Version"] = before.Version.ToString(CultureInfo.InvariantCulture) });
        // The head's form does not offer the deputy a vote; a crafted vote in their name is refused.
        var headPage = await head.GetDocumentAsync($"/Proposals/Details/{id}");
        Assert.Null(headPage.QuerySelector($"input[name='Action.Votes[{deputyId}]']"));
        var byHead = await head.SubmitAsync(headPage, votes, "form[action*='handler=Vote']");

        Assert.Contains(NotTheHead, (await HtmlForms.ParseAsync(byDeputy)).Text(), StringComparison.Ordinal);
        Assert.Contains("Cấp phó là người đề xuất không tham gia biểu quyết.", (await HtmlForms.ParseAsync(byHead)).Text(), StringComparison.Ordinal);
        Assert.Equal(before, await factory.StoredAsync(id));
    }
}

public sealed class AuthorizationMatrixTests_Sqlite(SqliteWebAppFactory factory) : AuthorizationMatrixTests(factory), IClassFixture<SqliteWebAppFactory>;

[RequiresPostgres]
public sealed class AuthorizationMatrixTests_PostgreSql(PostgresWebAppFactory factory) : AuthorizationMatrixTests(factory), IClassFixture<PostgresWebAppFactory>;
