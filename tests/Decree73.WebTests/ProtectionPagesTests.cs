using System.Globalization;
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
/// Protection and encouragement pages driven through their real forms: the need-to-know 404 matrix of a record, its
/// signed file and the list; a type posted by hand that the evaluation does not allow; an early raise refused.
/// </summary>
public sealed class ProtectionPagesTests(SqliteWebAppFactory factory) : IClassFixture<SqliteWebAppFactory>
{
    private const string ProposerName = "Hoàng Đức Thắng";

    private static Dictionary<string, string> Decision(string type) => new()
    {
        ["Input.Type"] = type, ["Input.DecisionNumber"] = "31/QĐ-UBND", ["Input.DecisionSignedOn"] = "27/11/2026",
        ["Input.DecisionSigner"] = ProposalScenarios.HeadName,
    };

    /// <summary>Posts the protection form found on <paramref name="page"/> as multipart, as a browser would, with a signed file.</summary>
    private static Task<HttpResponseMessage> PostMultipartAsync(HttpClient client, IHtmlDocument page, Dictionary<string, string> values, string fileName, byte[] bytes)
    {
        var form = page.QuerySelector<IHtmlFormElement>("form.protection-form") ?? throw new InvalidOperationException("No protection form.");
        Assert.Equal("multipart/form-data", form.GetAttribute("enctype"));
        var content = new MultipartFormDataContent();
        foreach (var input in form.QuerySelectorAll<IHtmlInputElement>("input[type='hidden'], input[type='text']"))
        {
            if (!values.ContainsKey(input.Name!))
            {
                content.Add(new StringContent(input.Value), input.Name!);
            }
        }

        foreach (var (name, value) in values)
        {
            content.Add(new StringContent(value), name);
        }

        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        content.Add(file, "SignedFile", fileName);
        return client.PostAsync(page.Url, content);
    }

    private async Task<(int ProposalId, int RecordId)> RecordedAsync(string title)
    {
        var proposalId = await factory.ProposalAtAsync(Stage.Evaluated, title);
        var officerId = await factory.OfficerIdAsync(ProposerName);
        var head = await factory.ClientAsync(ProposalScenarios.HeadEmail);
        var page = await head.GetDocumentAsync($"/Proposals/Details/{proposalId}");
        Assert.NotNull(page.QuerySelector($"a[href='/Protection/Proposal/{proposalId}']"));
        var section = await head.GetDocumentAsync($"/Protection/Proposal/{proposalId}");
        var create = section.QuerySelector<IHtmlAnchorElement>($"a[href='/Protection/Create/{proposalId}/{officerId}']");
        Assert.NotNull(create);
        var form = await head.GetDocumentAsync(create!.GetAttribute("href")!);
        var saved = await PostMultipartAsync(head, form, Decision("NotHeldLiable"), "Quyết định bảo vệ.pdf", SampleFiles.Pdf());
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var recordId = int.Parse(saved.Headers.Location!.OriginalString.Split('/')[^1], CultureInfo.InvariantCulture);
        return (proposalId, recordId);
    }

    [Fact]
    public async Task A_record_its_signed_file_and_the_list_are_seen_only_by_those_who_need_to_know()
    {
        var (proposalId, recordId) = await RecordedAsync("Bảo vệ – cần biết");
        var allowed = new[]
        {
            ProposalScenarios.ProposerEmail, ProposalScenarios.HeadEmail, ProposalScenarios.WardMonitorEmail,
            ProposalScenarios.ProvinceInteriorEmail,
        };
        // Administrators manage accounts and units; they do not read liability records (ADR 0009).
        var denied = new[]
        {
            ProposalScenarios.AdministratorEmail, ProposalScenarios.OtherProposerEmail, ProposalScenarios.OtherHeadEmail, ProposalScenarios.OtherInteriorEmail, ProposalScenarios.DeputyEmail,
        };

        foreach (var email in allowed.Concat(denied))
        {
            var sees = allowed.Contains(email);
            var client = await factory.ClientAsync(email);
            var expected = sees ? HttpStatusCode.OK : HttpStatusCode.NotFound;
            Assert.True(expected == (await client.GetAsync($"/Protection/Details/{recordId}")).StatusCode, $"details for {email}");
            var file = await client.GetAsync($"/Protection/Details/{recordId}?handler=File");
            Assert.True(expected == file.StatusCode, $"file for {email}");
            if (sees)
            {
                Assert.Equal(SampleFiles.Pdf(), await file.Content.ReadAsByteArrayAsync());
                Assert.Equal("nosniff", file.Headers.GetValues("X-Content-Type-Options").Single());
            }

            var list = await client.GetDocumentAsync("/Protection");
            Assert.True(sees == (list.QuerySelector($"#protection-list a[href='/Protection/Details/{recordId}']") is not null), $"list for {email}");
        }

        // The deputy reads the proposal, yet learns nothing of its protection: no link, and its protection page is 404.
        var deputy = await factory.ClientAsync(ProposalScenarios.DeputyEmail);
        var details = await deputy.GetDocumentAsync($"/Proposals/Details/{proposalId}");
        Assert.Null(details.QuerySelector($"a[href='/Protection/Proposal/{proposalId}']"));
        Assert.NotNull(details.QuerySelector($"a[href='/Encouragement/Proposal/{proposalId}']"));
        Assert.Equal(HttpStatusCode.NotFound, (await deputy.GetAsync($"/Protection/Proposal/{proposalId}")).StatusCode);

        var proposer = await factory.ClientAsync(ProposalScenarios.ProposerEmail);
        var own = await proposer.GetDocumentAsync($"/Protection/Details/{recordId}");
        Assert.Equal("Không bị xử lý trách nhiệm", own.QuerySelector("#protection-type")!.TextContent.Trim());
        Assert.Null(own.QuerySelector($"a[href='/Protection/Edit/{recordId}']"));
        // The monitoring Interior officer sees the record but does not decide: editing is forbidden, not hidden.
        var edit = await (await factory.ClientAsync(ProposalScenarios.WardMonitorEmail)).GetAsync($"/Protection/Edit/{recordId}");
        Assert.Equal("/Account/AccessDenied", edit.Headers.Location!.AbsolutePath);
    }

    [Fact]
    public async Task The_protection_nav_link_is_only_for_deciders_and_monitors_and_the_concerned_officer_reaches_the_record_from_their_page()
    {
        var (_, recordId) = await RecordedAsync("Bảo vệ – liên kết điều hướng");
        const string nav = "nav.site-nav a[href='/Protection']";
        foreach (var email in new[] { ProposalScenarios.HeadEmail, ProposalScenarios.WardMonitorEmail })
        {
            Assert.True((await (await factory.ClientAsync(email)).GetDocumentAsync("/")).QuerySelector(nav) is not null, $"nav for {email}");
        }

        Assert.Null((await (await factory.ClientAsync(ProposalScenarios.AdministratorEmail)).GetDocumentAsync("/")).QuerySelector(nav));

        // The proposer has a record, yet the menu must not hint at it; their officer page links to it.
        var proposer = await factory.ClientAsync(ProposalScenarios.ProposerEmail);
        Assert.Null((await proposer.GetDocumentAsync("/")).QuerySelector(nav));
        var profile = await proposer.GetDocumentAsync($"/Officers/{await factory.OfficerIdAsync(ProposerName)}/Profile");
        Assert.NotNull(profile.QuerySelector($"a[href='/Protection/Details/{recordId}']"));
    }

    [Fact]
    public async Task The_head_is_not_offered_to_record_protection_or_encouragement_for_themselves_and_a_crafted_url_says_why()
    {
        var proposalId = await factory.ProposalAtAsync(Stage.Evaluated, "Bảo vệ – chính mình");
        var headId = await factory.OfficerIdAsync(ProposalScenarios.HeadName);
        var head = await factory.ClientAsync(ProposalScenarios.HeadEmail);

        var section = await head.GetDocumentAsync($"/Protection/Proposal/{proposalId}");
        Assert.Null(section.QuerySelector($"a[href='/Protection/Create/{proposalId}/{headId}']"));
        Assert.Contains("Người đứng đầu không tự quyết định bảo vệ cho chính mình", section.QuerySelector(".own-case")!.TextContent, StringComparison.Ordinal);
        var encouragement = await head.GetDocumentAsync($"/Encouragement/Proposal/{proposalId}");
        Assert.Null(encouragement.QuerySelector($"a[href='/Encouragement/Grant/{proposalId}/{headId}']"));
        Assert.NotNull(encouragement.QuerySelector(".own-case"));

        var crafted = await head.GetAsync($"/Protection/Create/{proposalId}/{headId}");
        Assert.Equal(HttpStatusCode.Redirect, crafted.StatusCode);
        Assert.Equal($"/Protection/Proposal/{proposalId}", crafted.Headers.Location!.OriginalString);
        var grant = await head.GetAsync($"/Encouragement/Grant/{proposalId}/{headId}");
        Assert.Equal($"/Encouragement/Proposal/{proposalId}", grant.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Dates_out_of_bounds_are_refused_next_to_their_fields_and_what_was_typed_is_kept()
    {
        var proposalId = await factory.ProposalAtAsync(Stage.Evaluated, "Bảo vệ – ngày ngoài giới hạn");
        var officerId = await factory.OfficerIdAsync(ProposerName);
        var head = await factory.ClientAsync(ProposalScenarios.HeadEmail);
        var form = await head.GetDocumentAsync($"/Protection/Create/{proposalId}/{officerId}");

        var response = await head.SubmitAsync(form, new Dictionary<string, string>(Decision("NotHeldLiable"))
        {
            ["Input.ActOn"] = "28/09/2023", ["Input.DecisionSignedOn"] = "24/11/2026",
        }, "form.protection-form");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await HtmlForms.ParseAsync(response);
        Assert.StartsWith("Ngày thực hiện hành vi không được trước ngày 29/09/2023", page.FieldError("Input.ActOn"), StringComparison.Ordinal);
        Assert.Equal("Ngày ký quyết định không được trước ngày ký quyết định phê duyệt kết quả đánh giá (25/11/2026).", page.FieldError("Input.DecisionSignedOn"));
        Assert.Equal("28/09/2023", page.QuerySelector<IHtmlInputElement>("input[name='Input.ActOn']")!.Value);
        Assert.Equal(0, await factory.QueryAsync(db => db.ProtectionDecisions.CountAsync(r => r.ProposalId == proposalId)));
    }

    [Fact]
    public async Task A_type_the_evaluation_does_not_allow_posted_by_hand_is_refused_next_to_the_field_and_nothing_is_saved()
    {
        var proposalId = await factory.ProposalAtAsync(Stage.Evaluated, "Bảo vệ – loại không hợp lệ");
        var officerId = await factory.OfficerIdAsync(ProposerName);
        var head = await factory.ClientAsync(ProposalScenarios.HeadEmail);
        var url = $"/Protection/Create/{proposalId}/{officerId}";
        var form = await head.GetDocumentAsync(url);

        // A completed proposal: only "not held liable" is offered, and the legal basis is shown.
        Assert.Equal(["NotHeldLiable"], form.QuerySelectorAll<IHtmlInputElement>("input[name='Input.Type']").Select(r => r.Value).ToArray());
        Assert.Contains("Điều 11 Nghị định số 73/2023/NĐ-CP", form.QuerySelector("#legal-basis")!.TextContent, StringComparison.Ordinal);

        var response = await head.SubmitAsync(form, new Dictionary<string, string>(Decision("Exemption")) { ["Input.Notes"] = "Ghi chú giữ lại" }, "form.protection-form");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await HtmlForms.ParseAsync(response);
        Assert.StartsWith("Hình thức bảo vệ này không được áp dụng", page.FieldError("Input.Type"), StringComparison.Ordinal);
        Assert.Equal("Ghi chú giữ lại", page.QuerySelector<IHtmlTextAreaElement>("textarea[name='Input.Notes']")!.Value);
        Assert.Equal(0, await factory.QueryAsync(db => db.ProtectionDecisions.CountAsync(r => r.ProposalId == proposalId)));
    }

    [Fact]
    public async Task An_early_salary_raise_for_a_partly_completed_proposal_is_refused_with_the_reason()
    {
        var proposalId = await factory.ProposalAtAsync(Stage.ReadyToEvaluate, "Khuyến khích – một phần");
        var head = await factory.ClientAsync(ProposalScenarios.HeadEmail);
        var headId = (await factory.OfficerIdAsync(ProposalScenarios.HeadName)).ToString(CultureInfo.InvariantCulture);
        var evaluation = ProposalScenarios.Evaluation(headId);
        evaluation["Action.Outcome"] = "PartlyCompleted";
        evaluation["Action.ObjectiveCauses"] = "Thiếu kinh phí";
        evaluation["Action.SubjectiveCauses"] = "Chậm triển khai";
        Assert.Equal(HttpStatusCode.Redirect, (await head.PostFormAsync(proposalId, "Evaluate", await head.OthersAbsentAsync(proposalId, evaluation, "Evaluate"))).StatusCode);
        var officerId = await factory.OfficerIdAsync(ProposerName);

        var list = await head.GetDocumentAsync($"/Encouragement/Proposal/{proposalId}");
        var grant = list.QuerySelector<IHtmlAnchorElement>($"a[href='/Encouragement/Grant/{proposalId}/{officerId}']");
        Assert.NotNull(grant);
        var response = await head.SubmitAsync(grant!.GetAttribute("href")!, new Dictionary<string, string>
        {
            ["Input.Role"] = "Proposer", ["Input.Measure"] = "EarlySalaryRaise", ["Input.EarlyRaiseMonths"] = "6",
            ["Input.DecisionNumber"] = "50/QĐ-UBND", ["Input.DecisionSignedOn"] = "28/11/2026", ["Input.DecisionSigner"] = ProposalScenarios.HeadName,
        }, "form.encouragement-form");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await HtmlForms.ParseAsync(response);
        Assert.Equal(
            "Khen thưởng, thành tích khi xét nâng ngạch và nâng bậc lương trước thời hạn chỉ áp dụng cho đề xuất được đánh giá là hoàn thành (khoản 1 Điều 10 Nghị định 73).",
            page.FieldError("Input.Measure"));
        Assert.Equal(0, await factory.QueryAsync(db => db.EncouragementRecords.CountAsync(e => e.ProposalId == proposalId)));

        // A measure the law allows after a partial result is recorded and listed for whoever reads the proposal.
        var saved = await head.SubmitAsync(grant.GetAttribute("href")!, new Dictionary<string, string>
        {
            ["Input.Role"] = "Proposer", ["Input.Measure"] = "PlanningAndAppointmentPriority",
            ["Input.DecisionNumber"] = "51/QĐ-UBND", ["Input.DecisionSignedOn"] = "28/11/2026", ["Input.DecisionSigner"] = ProposalScenarios.HeadName,
        }, "form.encouragement-form");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var deputy = await factory.ClientAsync(ProposalScenarios.DeputyEmail);
        Assert.Contains("51/QĐ-UBND", (await deputy.GetDocumentAsync($"/Encouragement/Proposal/{proposalId}")).QuerySelector("#encouragement-list")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await (await factory.ClientAsync(ProposalScenarios.OtherHeadEmail)).GetAsync($"/Encouragement/Proposal/{proposalId}")).StatusCode);
    }

    [Fact]
    public async Task Opening_a_record_and_its_signed_file_is_a_security_event_with_the_reader_and_no_personal_data()
    {
        var (_, recordId) = await RecordedAsync("Bảo vệ – nhật ký truy cập");
        var monitor = await factory.ClientAsync(ProposalScenarios.WardMonitorEmail);
        Assert.Equal(HttpStatusCode.OK, (await monitor.GetAsync($"/Protection/Details/{recordId}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await monitor.GetAsync($"/Protection/Details/{recordId}?handler=File")).StatusCode);
        var stranger = await factory.ClientAsync(ProposalScenarios.OtherHeadEmail);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/Protection/Details/{recordId}?handler=File")).StatusCode);

        var log = ReadLog();
        Assert.Contains($"viewed protection record {recordId} from", log, StringComparison.Ordinal);
        var downloads = log.Split('\n').Where(l => l.Contains($"downloaded signed protection decision of record {recordId} from", StringComparison.Ordinal)).ToList();
        Assert.Single(downloads); // the refused request is not a download
        Assert.DoesNotContain(ProposalScenarios.WardMonitorEmail, downloads[0], StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(ProposerName, downloads[0], StringComparison.Ordinal);
    }

    /// <summary>The app's log files so far, read while the app still writes them.</summary>
    private string ReadLog()
    {
        var text = new System.Text.StringBuilder();
        foreach (var path in Directory.GetFiles(Path.Combine(factory.Database.DataDirectory, "logs")))
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var reader = new StreamReader(stream);
            text.Append(reader.ReadToEnd());
        }

        return text.ToString();
    }
}
