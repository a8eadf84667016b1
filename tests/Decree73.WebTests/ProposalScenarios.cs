using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Runtime.CompilerServices;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Decree73.Domain.Access;
using Decree73.Domain.Proposals;
using Decree73.Infrastructure.Identity;
using Decree73.Infrastructure.Persistence;
using Decree73.TestSupport;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Decree73.WebTests;

/// <summary>Where a proposal of the Trạm Lộ proposer stands when an operation is tried on it.</summary>
public enum Stage
{
    Draft,
    Submitted,
    PartyOpinionGiven,
    NotPassed,
    Approved,
    InProgress,
    /// <summary>Completion reported and the Party committee has given its opinion on it: ready to evaluate.</summary>
    ReadyToEvaluate,
    Evaluated,
    OpinionAsked,
    WithAttachment,
}

/// <summary>What is stored about a proposal that any step could change.</summary>
public sealed record StoredProposal(
    ProposalState State, int Version, bool PartyOpinionReceived, bool ApprovedByOverride, string Title, string? ReceiptNumber,
    int ProposerId, int DecidingUnitId, int? ResponsibleOfficerId, EvaluationOutcome? Outcome,
    int Decisions, int Votes, int OpinionRequests, int Answers, int ProgressUpdates, int Implementers, int Attachments);

/// <summary>
/// Proposals of the Trạm Lộ proposer brought to a stage through the real forms, the extra accounts the matrix needs,
/// and one signed-in client per account (signing in hashes a password, so clients are reused per factory).
/// </summary>
public static class ProposalScenarios
{
    public const string ProposerEmail = "truongphong.kt.tramlo@demo.decree73.vn";
    public const string HeadEmail = "chutich.tramlo@demo.decree73.vn";
    public const string DeputyEmail = "phochutich.tramlo@demo.decree73.vn";
    public const string WardMonitorEmail = "noivu.tramlo@demo.decree73.vn";
    public const string ProvinceInteriorEmail = "noivu.tinh@demo.decree73.vn";
    public const string OtherHeadEmail = "chutich.phattich@demo.decree73.vn";
    public const string AdministratorEmail = "quantri@demo.decree73.vn";
    public const string OtherProposerEmail = "chanhvanphong.phattich@test.decree73.vn";
    public const string OtherInteriorEmail = "vhxh.phattich@test.decree73.vn";
    public const string NoGrantsEmail = "khongvaitro@test.decree73.vn";
    public const string DeputyProposerEmail = "phochutich2.tramlo@test.decree73.vn";
    public const string HeadName = "Lê Văn Minh";
    public const string DeputyName = "Phạm Thị Lan";
    public const string CompletionReport = "Đã số hóa toàn bộ hồ sơ một cửa của phường; thời gian xử lý trung bình giảm từ 5 xuống 3 ngày.";

    private sealed class State
    {
        public readonly ConcurrentDictionary<string, Lazy<Task<HttpClient>>> Clients = new();
        public readonly SemaphoreSlim AccountsLock = new(1, 1);
        public bool AccountsAdded;
    }

    private static readonly ConditionalWeakTable<WebAppFactory, State> States = new();

    public const string SaveButton = "button[formaction*='handler=Save']";
    public const string SubmitButton = "button[formaction*='handler=Submit']";

    /// <summary>Every part of the Art. 7(2) plan as the edit form posts it, with the funds and the equipment.</summary>
    public static Dictionary<string, string> FullPlan(string title) => new()
    {
        ["Input.Title"] = title, ["Input.FieldId"] = "1", ["Input.KindId"] = "1", ["Input.Plan.Necessity"] = "Người dân phải đi lại nhiều lần",
        ["Input.Plan.Purpose"] = "Giải quyết trong ngày", ["Input.Plan.Bottleneck"] = "Hồ sơ giấy chuyển tay", ["Input.Plan.RuleGap"] = "Chưa có quy định",
        ["Input.Plan.Content"] = "Tiếp nhận trực tuyến", ["Input.Plan.Scope"] = "Phường Trạm Lộ", ["Input.Plan.Implementers"] = "Bộ phận một cửa",
        ["Input.StartOn"] = "01/12/2026", ["Input.EndOn"] = "31/05/2027", ["Input.Plan.ResourcePeople"] = "2 công chức", ["Input.Plan.FundsVnd"] = "15.000.000",
        ["Input.Plan.ResourceEquipment"] = "Máy quét", ["Input.Plan.Feasibility"] = "Cao", ["Input.Plan.PositiveImpact"] = "Nhanh", ["Input.Plan.NegativeImpact"] = "Lỗi mạng",
        ["Input.Plan.ExpectedResults"] = "90% hồ sơ trong ngày",
    };

    /// <summary>A new draft with only its title, saved through the edit form; returns its id.</summary>
    public static async Task<int> DraftAsync(this HttpClient client, string title)
    {
        var saved = await client.SubmitAsync("/Proposals/Edit", new Dictionary<string, string> { ["Input.Title"] = title }, "main form", SaveButton);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        return int.Parse(saved.Headers.Location!.OriginalString.Split('/')[^1], CultureInfo.InvariantCulture);
    }

    public static Dictionary<string, string> Plan(string title) => new()
    {
        ["Input.Title"] = title, ["Input.FieldId"] = "2", ["Input.KindId"] = "3", ["Input.Plan.Necessity"] = "Người dân đi lại nhiều lần",
        ["Input.Plan.Purpose"] = "Giải quyết trong ngày", ["Input.Plan.Bottleneck"] = "Hồ sơ giấy", ["Input.Plan.RuleGap"] = "Chưa có quy định", ["Input.Plan.Content"] = "Tiếp nhận trực tuyến",
        ["Input.Plan.Scope"] = "Phường Trạm Lộ", ["Input.Plan.Implementers"] = "Bộ phận một cửa", ["Input.StartOn"] = "01/12/2026", ["Input.EndOn"] = "31/12/2027",
        ["Input.Plan.ResourcePeople"] = "2 công chức", ["Input.Plan.Feasibility"] = "Cao", ["Input.Plan.PositiveImpact"] = "Nhanh", ["Input.Plan.NegativeImpact"] = "Lỗi mạng",
        ["Input.Plan.ExpectedResults"] = "90% hồ sơ trong ngày",
    };

    public static Dictionary<string, string> Document(string number) => new()
    {
        ["Action.DocumentNumber"] = number, ["Action.SignedOn"] = "25/11/2026", ["Action.Signer"] = HeadName,
        // A signed decision is one of the irreversible steps: the head ticks the box stating what will happen.
        ["Action.Confirmed"] = "true",
    };

    /// <summary>A signed-in client for <paramref name="email"/>, made once per factory.</summary>
    public static async Task<HttpClient> ClientAsync(this WebAppFactory factory, string email)
    {
        await factory.EnsureAccountsAsync();
        var state = States.GetValue(factory, _ => new State());
        var password = email.EndsWith("@test.decree73.vn", StringComparison.Ordinal) ? TestAccounts.Password : null;
        return await state.Clients.GetOrAdd(email, e => new Lazy<Task<HttpClient>>(() => factory.SignInAsync(e, password))).Value;
    }

    /// <summary>
    /// Accounts the demo data lacks, each tied to an officer of the seeded organisation: a proposer and the monitoring
    /// office of Phật Tích, an account with no role at all, and a deputy of Trạm Lộ who also proposes.
    /// </summary>
    public static async Task EnsureAccountsAsync(this WebAppFactory factory)
    {
        var state = States.GetValue(factory, _ => new State());
        await state.AccountsLock.WaitAsync();
        try
        {
            if (state.AccountsAdded)
            {
                return;
            }

            await AddAccountAsync(factory, OtherProposerEmail, "Lý Văn Sơn", (AppRole.Proposer, "PHATTICH"));
            await AddAccountAsync(factory, OtherInteriorEmail, "Trịnh Thị Yến", (AppRole.InteriorOfficer, "PHATTICH-VHXH"));
            await AddAccountAsync(factory, NoGrantsEmail, null);
            await AddAccountAsync(factory, DeputyProposerEmail, "Ngô Thị Thu", (AppRole.LeadershipMember, "TRAMLO"), (AppRole.Proposer, "TRAMLO"));
            state.AccountsAdded = true;
        }
        finally
        {
            state.AccountsLock.Release();
        }
    }

    private static async Task AddAccountAsync(WebAppFactory factory, string email, string? officerName, params (AppRole Role, string UnitCode)[] grants)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var user = new AppUser { UserName = email, Email = email, EmailConfirmed = true };
        Assert.True((await users.CreateAsync(user, TestAccounts.Password)).Succeeded);
        foreach (var (role, unitCode) in grants)
        {
            db.RoleGrants.Add(new RoleGrant(user.Id, role, await db.Units.Where(u => u.Code == unitCode).Select(u => u.Id).SingleAsync()));
        }

        await db.SaveChangesAsync();
        if (officerName is not null)
        {
            Assert.Equal(1, await db.Officers.Where(o => o.FullName == officerName && o.UserId == null)
                .ExecuteUpdateAsync(s => s.SetProperty(o => o.UserId, user.Id)));
        }
    }

    public static Task<int> OfficerIdAsync(this WebAppFactory factory, string name) =>
        factory.QueryAsync(db => db.Officers.Where(o => o.FullName == name).Select(o => o.Id).SingleAsync());

    public static Task<StoredProposal> StoredAsync(this WebAppFactory factory, int id) =>
        factory.QueryAsync(db => db.Proposals.AsNoTracking().Where(p => p.Id == id).Select(p => new StoredProposal(
            p.State, p.Version, p.PartyOpinionReceived, p.ApprovedByOverride, p.Title, p.ReceiptNumber, p.ProposerId, p.DecidingUnitId,
            p.ResponsibleOfficerId, p.Outcome, p.Decisions.Count, p.Votes.Count, p.OpinionRequests.Count,
            p.OpinionRequests.Count(r => r.Response != null), p.ProgressUpdates.Count, p.AssignedImplementers.Count,
            db.ProposalAttachments.Count(a => a.ProposalId == p.Id))).SingleAsync());

    /// <summary>A new draft saved through the form by <paramref name="proposerEmail"/>.</summary>
    public static async Task<int> DraftAsync(this WebAppFactory factory, string title, string proposerEmail = ProposerEmail) =>
        await (await factory.ClientAsync(proposerEmail)).DraftAsync(title);

    /// <summary>The complete plan (<see cref="Plan"/>) submitted through the edit form by this proposer's client; returns the proposal's id.</summary>
    public static async Task<int> SubmitPlanAsync(this HttpClient proposer, string title)
    {
        var submitted = await proposer.SubmitAsync("/Proposals/Edit", Plan(title), "main form", SubmitButton);
        Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);
        return IdFromLocation(submitted);
    }

    /// <summary>
    /// A proposal of the Trạm Lộ proposer submitted with the complete plan by a client signed in afresh; unlike
    /// <see cref="ProposalAtAsync"/> it adds no accounts, so the ward's leadership stays the demo one.
    /// </summary>
    public static async Task<int> SubmittedAsync(this WebAppFactory factory, string title) =>
        await (await factory.SignInAsync(ProposerEmail)).SubmitPlanAsync(title);

    /// <summary>A proposal of the Trạm Lộ proposer brought to <paramref name="stage"/> by the proposer and the head.</summary>
    public static async Task<int> ProposalAtAsync(this WebAppFactory factory, Stage stage, string title, string proposerEmail = ProposerEmail)
    {
        if (stage == Stage.Draft)
        {
            return await factory.DraftAsync(title, proposerEmail);
        }

        var proposer = await factory.ClientAsync(proposerEmail);
        var head = await factory.ClientAsync(HeadEmail);
        var id = await proposer.SubmitPlanAsync(title);
        var headId = (await factory.OfficerIdAsync(HeadName)).ToString(CultureInfo.InvariantCulture);
        var deputyId = (await factory.OfficerIdAsync(DeputyName)).ToString(CultureInfo.InvariantCulture);

        switch (stage)
        {
            case Stage.Submitted:
                return id;
            case Stage.OpinionAsked:
                await Expect(head.PostFormAsync(id, "Ask", new() { ["Ask.Kind"] = "Expert", ["Ask.Addressee"] = "TS. Nguyễn Văn An" }));
                return id;
            case Stage.WithAttachment:
                await Expect(head.UploadAsync(await head.GetDocumentAsync($"/Proposals/Details/{id}"), "Minutes", "Biên bản họp.pdf", SampleFiles.Pdf()));
                return id;
        }

        await Expect(head.PostFormAsync(id, "PartyOpinion"));
        await Expect(head.RecordConditionsAsync(id));
        if (stage == Stage.PartyOpinionGiven)
        {
            return id;
        }

        if (stage == Stage.NotPassed)
        {
            await Expect(head.PostFormAsync(id, "Vote", await head.OthersAbsentAsync(id, new() { [$"Action.Votes[{headId}]"] = "false", [$"Action.Votes[{deputyId}]"] = "true" })));
            return id;
        }

        await Expect(head.PostFormAsync(id, "Vote", await head.OthersAbsentAsync(id, new() { [$"Action.Votes[{headId}]"] = "true" })));
        if (stage == Stage.Approved)
        {
            return id;
        }

        await Expect(head.PostFormAsync(id, "Decision", Document("15/QĐ-UBND")));
        if (stage == Stage.InProgress)
        {
            return id;
        }

        await Expect(proposer.PostFormAsync(id, "Complete", new() { ["Completion.Report"] = CompletionReport }));
        await Expect(head.PostFormAsync(id, "PartyOpinion"));
        if (stage == Stage.ReadyToEvaluate)
        {
            return id;
        }

        await Expect(head.PostFormAsync(id, "Evaluate", await head.OthersAbsentAsync(id, Evaluation(headId), "Evaluate")));
        Assert.Equal(ProposalState.Evaluated, (await factory.StoredAsync(id)).State);
        await Expect(head.IssueResultNoticeAsync(id));
        return id;
    }

    public static Dictionary<string, string> Evaluation(string headOfficerId) => new(Document("20/QĐ-UBND"))
    {
        ["Action.Outcome"] = "Completed", ["Action.InLineWithPolicy"] = "true", ["Action.PureMotive"] = "true",
        ["Action.CommonInterest"] = "true", [$"Action.Votes[{headOfficerId}]"] = "true",
    };

    /// <summary>Every Art. 5(1) condition found met and the proposal within the unit's authority, as the head posts them.</summary>
    public static Dictionary<string, string> ConditionsMet() => new()
    {
        ["Input.Bottleneck"] = "true", ["Input.CommonInterest"] = "true", ["Input.UrgentNeed"] = "true",
        ["Input.NoSecurityImpact"] = "true", ["Input.NoHarmToOthers"] = "true", ["Input.WithinAuthority"] = "true",
    };

    /// <summary>Opens the conditions page (Art. 5) and posts the head's findings.</summary>
    public static async Task<HttpResponseMessage> RecordConditionsAsync(this HttpClient client, int id, Dictionary<string, string>? values = null)
    {
        var page = await client.GetDocumentAsync($"/Proposals/Conditions/{id}");
        return await client.SubmitAsync(page, values ?? ConditionsMet(), "#conditions-form");
    }

    /// <summary>Opens the result notice page (Art. 9) and issues the notice.</summary>
    public static async Task<HttpResponseMessage> IssueResultNoticeAsync(this HttpClient client, int id, string number = "5/TB-UBND")
    {
        var page = await client.GetDocumentAsync($"/Proposals/ResultNotice/{id}");
        return await client.SubmitAsync(page, new Dictionary<string, string> { ["Input.Number"] = number, ["Input.SignedOn"] = "26/11/2026", ["Input.Signer"] = "Lê Văn Minh" }, "#notice-form");
    }

    /// <summary>Opens the proposal page and posts its form for <paramref name="handler"/>, as a click on <paramref name="button"/>.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(
        this HttpClient client, int id, string handler, Dictionary<string, string>? values = null, string? button = null)
    {
        var page = await client.GetDocumentAsync($"/Proposals/Details/{id}");
        return await client.SubmitAsync(page, values ?? [], $"form[action*='handler={handler}']", button);
    }

    /// <summary>Posts straight to a handler, with a valid antiforgery token of this user: what a crafted request sends.</summary>
    public static async Task<HttpResponseMessage> PostRawAsync(this HttpClient client, string url, IEnumerable<KeyValuePair<string, string>> values)
    {
        var token = (await client.GetDocumentAsync("/Account/ChangePassword")).QuerySelector("input[name='__RequestVerificationToken']")!.GetAttribute("value")!;
        return await client.PostAsync(url, new FormUrlEncodedContent(values.Append(new("__RequestVerificationToken", token))));
    }

    /// <summary>Fills the upload form found on <paramref name="page"/> as a browser would, with one file.</summary>
    public static Task<HttpResponseMessage> UploadAsync(this HttpClient client, IHtmlDocument page, string kind, string fileName, byte[] bytes)
    {
        var form = page.QuerySelector<IHtmlFormElement>("form#attachment-upload") ?? throw new InvalidOperationException("No upload form.");
        var content = new MultipartFormDataContent
        {
            { new StringContent(form.QuerySelector("input[name='__RequestVerificationToken']")!.GetAttribute("value")!), "__RequestVerificationToken" },
            { new StringContent(kind), "Upload.Kind" },
        };
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        content.Add(file, "Upload.File", fileName);
        var origin = new Uri(page.BaseUrl!.Href).GetLeftPart(UriPartial.Authority);
        return client.PostAsync(origin + form.GetAttribute("action"), content);
    }

    private static int IdFromLocation(HttpResponseMessage response) =>
        int.Parse(response.Headers.Location!.OriginalString.Split('#')[0].Split('?')[0].Split('/')[^1], CultureInfo.InvariantCulture);

    /// <summary>
    /// The approval vote (Art. 8(1)) and the evaluation vote (Art. 9(2), <paramref name="handler"/> "Evaluate") must name
    /// every eligible member: <paramref name="votes"/> plus "absent" for each other member the head's form lists (the
    /// leadership of Trạm Lộ grows when the matrix adds its accounts).
    /// </summary>
    public static async Task<Dictionary<string, string>> OthersAbsentAsync(this HttpClient head, int id, Dictionary<string, string> votes, string handler = "Vote")
    {
        var page = await head.GetDocumentAsync($"/Proposals/Details/{id}");
        var all = new Dictionary<string, string>(votes);
        foreach (var name in page.QuerySelectorAll($"form[action*='handler={handler}'] input[type='radio'][name^='Action.Votes']").Select(r => r.GetAttribute("name")!).Distinct())
        {
            all.TryAdd(name, "absent");
        }

        return all;
    }

    private static async Task Expect(Task<HttpResponseMessage> step)
    {
        var response = await step;
        var body = response.StatusCode == HttpStatusCode.Redirect ? "" : (await HtmlForms.ParseAsync(response)).QuerySelector(".validation-summary-errors, [role='alert']")?.TextContent;
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{response.RequestMessage!.RequestUri} gave {(int)response.StatusCode}: {body}");
    }
}
