using System.Globalization;
using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Decree73.Application.Common;
using Decree73.Domain.Violations;
using Decree73.TestSupport;
using Microsoft.EntityFrameworkCore;
using Xunit;
using static Decree73.WebTests.ProposalScenarios;

namespace Decree73.WebTests;

/// <summary>
/// Art. 6 violation pages driven through their real forms: every role against every violation URL (GET and POST),
/// the create form's validation next to the fields, the version check of the edit form, and the count on /Compliance.
/// Need-to-know (docs/decisions/0009, docs/protection.md): the Interior officers whose scope reaches the deciding
/// agency record and read; the deciding head and the officer concerned read (403 on the forms); everyone else 404.
/// </summary>
public abstract class ViolationPagesTests(WebAppFactory factory)
{
    /// <summary>What a role gets on a violation URL.</summary>
    private enum Gets
    {
        /// <summary>GET 200; a valid POST redirects and is stored.</summary>
        Ok,
        /// <summary>Sees the record but may not change it: 403 (the access-denied redirect), nothing stored.</summary>
        Forbidden,
        /// <summary>It does not exist for them: 404, nothing stored.</summary>
        NotFound,
    }

    /// <summary>One role: what they get on the list, the record, the create form, the edit form, and whether the proposal page shows the section.</summary>
    private sealed record Role(string Email, Gets List, Gets Record, Gets Create, Gets Edit, bool Section, bool ListsTheRecord, bool NavLink);

    private static readonly Role[] Roles =
    [
        // The office monitoring the ward and the province's Interior office: their scope reaches UBND phường Trạm Lộ.
        new(WardMonitorEmail, Gets.Ok, Gets.Ok, Gets.Ok, Gets.Ok, Section: true, ListsTheRecord: true, NavLink: true),
        new(ProvinceInteriorEmail, Gets.Ok, Gets.Ok, Gets.Ok, Gets.Ok, Section: true, ListsTheRecord: true, NavLink: true),
        // The head of the deciding agency reads every record of it, records none.
        new(HeadEmail, Gets.Ok, Gets.Ok, Gets.Forbidden, Gets.Forbidden, Section: true, ListsTheRecord: true, NavLink: true),
        // The officer concerned (the deputy) reads their own record; no menu item hints at it.
        new(DeputyEmail, Gets.Ok, Gets.Ok, Gets.NotFound, Gets.Forbidden, Section: true, ListsTheRecord: true, NavLink: false),
        // Readers by role elsewhere: the list opens (their own units' records), this record does not exist for them.
        new(OtherHeadEmail, Gets.Ok, Gets.NotFound, Gets.NotFound, Gets.NotFound, Section: false, ListsTheRecord: false, NavLink: true),
        new(OtherInteriorEmail, Gets.Ok, Gets.NotFound, Gets.NotFound, Gets.NotFound, Section: false, ListsTheRecord: false, NavLink: true),
        // Everyone else, including the proposer who reads the proposal and the administrator of the whole province.
        new(ProposerEmail, Gets.NotFound, Gets.NotFound, Gets.NotFound, Gets.NotFound, Section: false, ListsTheRecord: false, NavLink: false),
        new(DeputyProposerEmail, Gets.NotFound, Gets.NotFound, Gets.NotFound, Gets.NotFound, Section: false, ListsTheRecord: false, NavLink: false),
        new(AdministratorEmail, Gets.NotFound, Gets.NotFound, Gets.NotFound, Gets.NotFound, Section: false, ListsTheRecord: false, NavLink: false),
        new(OtherProposerEmail, Gets.NotFound, Gets.NotFound, Gets.NotFound, Gets.NotFound, Section: false, ListsTheRecord: false, NavLink: false),
        new(NoGrantsEmail, Gets.NotFound, Gets.NotFound, Gets.NotFound, Gets.NotFound, Section: false, ListsTheRecord: false, NavLink: false),
    ];

    private static DateOnly Today => VietnamTime.DateOf(DateTime.UtcNow);

    private static string Date(DateOnly day) => day.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    private async Task<Dictionary<string, string>> ValidAsync(string description) => new()
    {
        ["Input.Act"] = nameof(ProhibitedAct.ObstructingProposer),
        ["Input.OfficerId"] = (await factory.OfficerIdAsync(DeputyName)).ToString(CultureInfo.InvariantCulture),
        ["Input.OccurredOn"] = Date(Today.AddDays(-1)),
        ["Input.Description"] = description,
    };

    /// <summary>The ward's monitoring office records a violation from the proposal page, as a user would.</summary>
    private async Task<(int ProposalId, int RecordId)> RecordedAsync(string title)
    {
        var proposalId = await factory.ProposalAtAsync(Stage.Submitted, title);
        var monitor = await factory.ClientAsync(WardMonitorEmail);
        var details = await monitor.GetDocumentAsync($"/Proposals/Details/{proposalId}");
        var link = details.QuerySelector<IHtmlAnchorElement>("#record-violation");
        Assert.NotNull(link);
        Assert.Equal("Ghi nhận hành vi bị nghiêm cấm (Điều 6)", link!.TextContent.Trim());
        var saved = await monitor.SubmitAsync(link.GetAttribute("href")!, await ValidAsync("Gây khó khăn cho người đề xuất."), "form.violation-form");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var recordId = int.Parse(saved.Headers.Location!.OriginalString.Split('/')[^1], CultureInfo.InvariantCulture);
        return (proposalId, recordId);
    }

    private Task<int> CountAsync(int proposalId) => factory.QueryAsync(db => db.ViolationRecords.CountAsync(v => v.ProposalId == proposalId));

    private Task<int> VersionAsync(int recordId) => factory.QueryAsync(db => db.ViolationRecords.Where(v => v.Id == recordId).Select(v => v.Version).SingleAsync());

    private static void AssertStatus(Gets expected, HttpResponseMessage response, string what)
    {
        switch (expected)
        {
            case Gets.Ok:
                Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.Redirect, $"{what}: {(int)response.StatusCode}");
                if (response.StatusCode == HttpStatusCode.Redirect)
                {
                    Assert.StartsWith("/Violations/", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
                }

                break;
            case Gets.Forbidden:
                Assert.True(response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.AbsolutePath == "/Account/AccessDenied",
                    $"{what}: {(int)response.StatusCode} {response.Headers.Location}");
                break;
            default:
                Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{what}: {(int)response.StatusCode} {response.Headers.Location}");
                break;
        }
    }

    [Fact]
    public async Task Every_role_gets_the_expected_status_on_every_violation_url_get_and_post()
    {
        var (proposalId, recordId) = await RecordedAsync("Vi phạm Điều 6 – ma trận quyền");
        foreach (var role in Roles)
        {
            var client = await factory.ClientAsync(role.Email);
            var list = await client.GetAsync("/Violations");
            AssertStatus(role.List, list, $"GET /Violations for {role.Email}");
            if (list.StatusCode == HttpStatusCode.OK)
            {
                var page = await HtmlForms.ParseAsync(list);
                Assert.True(role.ListsTheRecord == (page.QuerySelector($"#violation-list a[href='/Violations/{recordId}']") is not null), $"list row for {role.Email}");
            }

            AssertStatus(role.Record, await client.GetAsync($"/Violations/{recordId}"), $"GET record for {role.Email}");
            AssertStatus(role.Create, await client.GetAsync($"/Violations/Create/{proposalId}"), $"GET create for {role.Email}");
            AssertStatus(role.Edit, await client.GetAsync($"/Violations/Edit/{recordId}"), $"GET edit for {role.Email}");

            // Crafted posts with a valid antiforgery token of this user: refused before anything is stored.
            var before = (await CountAsync(proposalId), await VersionAsync(recordId));
            var values = await ValidAsync("Đăng bởi " + role.Email);
            var created = await client.PostRawAsync($"/Violations/Create/{proposalId}", values);
            AssertStatus(role.Create, created, $"POST create for {role.Email}");
            Assert.Equal(before.Item1 + (role.Create == Gets.Ok ? 1 : 0), await CountAsync(proposalId));
            var edited = await client.PostRawAsync($"/Violations/Edit/{recordId}", new Dictionary<string, string>(values) { ["Version"] = before.Item2.ToString(CultureInfo.InvariantCulture) });
            AssertStatus(role.Edit, edited, $"POST edit for {role.Email}");
            Assert.Equal(before.Item2 + (role.Edit == Gets.Ok ? 1 : 0), await VersionAsync(recordId));

            // The proposal page: the section only for those who may see it, the link to record only for the Interior office.
            var details = await client.GetAsync($"/Proposals/Details/{proposalId}");
            if (details.StatusCode == HttpStatusCode.OK)
            {
                var page = await HtmlForms.ParseAsync(details);
                Assert.True(role.Section == (page.QuerySelector("#violations-section") is not null), $"section for {role.Email}");
                Assert.True((role.Create == Gets.Ok) == (page.QuerySelector("#record-violation") is not null), $"record link for {role.Email}");
            }
            else
            {
                Assert.False(role.Section, $"{role.Email} does not read the proposal but was expected to see the section");
            }

            var home = await client.GetDocumentAsync("/");
            Assert.True(role.NavLink == (home.QuerySelector("nav.site-nav a[href='/Violations']") is not null), $"nav link for {role.Email}");
        }
    }

    [Fact]
    public async Task The_create_form_refuses_missing_and_impossible_values_next_to_their_fields_and_keeps_what_was_typed()
    {
        var proposalId = await factory.ProposalAtAsync(Stage.Submitted, "Vi phạm Điều 6 – kiểm tra dữ liệu");
        var monitor = await factory.ClientAsync(WardMonitorEmail);
        var url = $"/Violations/Create/{proposalId}";

        var empty = await HtmlForms.ParseAsync(await monitor.SubmitAsync(url, new Dictionary<string, string>(), "form.violation-form"));
        Assert.Equal("Chọn hành vi bị nghiêm cấm theo Điều 6 Nghị định 73.", empty.FieldError("Input.Act"));
        Assert.Equal("Chọn cán bộ có hành vi vi phạm (thuộc cơ quan quyết định đề xuất).", empty.FieldError("Input.OfficerId"));
        Assert.Equal("Nhập ngày xảy ra vi phạm.", empty.FieldError("Input.OccurredOn"));
        Assert.Equal("Mô tả hành vi vi phạm.", empty.FieldError("Input.Description"));
        // Errors are announced with their field (axe and screen readers).
        Assert.Equal("true", empty.QuerySelector("#Input_Description")!.GetAttribute("aria-invalid"));

        var values = await ValidAsync("Không chấp hành chỉ đạo tạm dừng.");
        values["Input.OccurredOn"] = Date(Today.AddDays(3));
        values["Input.Handling"] = "Kiểm điểm, khiển trách";
        var future = await monitor.SubmitAsync(url, values, "form.violation-form");
        Assert.Equal(HttpStatusCode.OK, future.StatusCode);
        var page = await HtmlForms.ParseAsync(future);
        Assert.Equal("Ngày không được sau hôm nay.", page.FieldError("Input.OccurredOn"));
        Assert.Equal("Nhập ngày xử lý kèm biện pháp xử lý.", page.FieldError("Input.HandledOn"));
        Assert.Equal(Date(Today.AddDays(3)), page.QuerySelector<IHtmlInputElement>("input[name='Input.OccurredOn']")!.Value);
        Assert.Equal("Kiểm điểm, khiển trách", page.QuerySelector<IHtmlTextAreaElement>("textarea[name='Input.Handling']")!.Value);
        Assert.True(page.QuerySelector<IHtmlInputElement>("input[name='Input.Act'][value='ObstructingProposer']")!.IsChecked);

        // An officer outside the deciding agency's subtree, posted by hand, is refused next to the field.
        var outsider = await factory.OfficerIdAsync("Lý Văn Sơn");
        var crafted = await monitor.SubmitAsync(url, new Dictionary<string, string>(await ValidAsync("x")) { ["Input.OfficerId"] = outsider.ToString(CultureInfo.InvariantCulture) }, "form.violation-form");
        Assert.Equal("Chọn cán bộ có hành vi vi phạm (thuộc cơ quan quyết định đề xuất).", (await HtmlForms.ParseAsync(crafted)).FieldError("Input.OfficerId"));
        Assert.Equal(0, await CountAsync(proposalId));

        var saved = await monitor.SubmitAsync(url, new Dictionary<string, string>(await ValidAsync("Né tránh họp xét đề xuất."))
        {
            ["Input.Act"] = nameof(ProhibitedAct.EvadingResponsibility),
        }, "form.violation-form");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var record = await monitor.GetDocumentAsync(saved.Headers.Location!.OriginalString);
        Assert.Equal("Né tránh, đùn đẩy trách nhiệm trong xem xét, phê duyệt, tổ chức thực hiện đề xuất", record.QuerySelector("#violation-act")!.TextContent.Trim());
        Assert.Equal(Date(Today.AddDays(-1)), record.QuerySelector("#violation-occurred")!.TextContent.Trim());
        Assert.Equal(DeputyName, record.QuerySelector("#violation-officer")!.TextContent.Trim());
    }

    [Fact]
    public async Task A_stale_edit_form_meets_the_conflict_and_the_handling_is_recorded_with_its_date()
    {
        var (_, recordId) = await RecordedAsync("Vi phạm Điều 6 – xử lý");
        var monitor = await factory.ClientAsync(WardMonitorEmail);
        var province = await factory.ClientAsync(ProvinceInteriorEmail);
        var stale = await monitor.GetDocumentAsync($"/Violations/Edit/{recordId}");
        var fresh = await province.GetDocumentAsync($"/Violations/Edit/{recordId}");
        var handling = new Dictionary<string, string> { ["Input.Handling"] = "Khiển trách (Quyết định 30/QĐ-UBND)", ["Input.HandledOn"] = Date(Today) };
        Assert.Equal(HttpStatusCode.Redirect, (await province.SubmitAsync(fresh, handling, "form.violation-form")).StatusCode);

        var conflict = await monitor.SubmitAsync(stale, new Dictionary<string, string>(handling) { ["Input.Handling"] = "Cảnh cáo" }, "form.violation-form");
        Assert.Equal(HttpStatusCode.OK, conflict.StatusCode);
        Assert.Contains("vừa được người khác thay đổi", (await HtmlForms.ParseAsync(conflict)).Text(), StringComparison.Ordinal);
        var record = await monitor.GetDocumentAsync($"/Violations/{recordId}");
        Assert.Equal("Khiển trách (Quyết định 30/QĐ-UBND)", record.QuerySelector("#violation-handling")!.TextContent.Trim());
    }

    [Fact]
    public async Task The_compliance_page_counts_the_violations_and_links_to_the_filtered_list_only_for_those_who_may_see_it()
    {
        var year = Today.AddDays(-1).Year.ToString(CultureInfo.InvariantCulture);
        var tramLo = (await factory.QueryAsync(db => db.Units.Where(u => u.Code == "TRAMLO").Select(u => u.Id).SingleAsync())).ToString(CultureInfo.InvariantCulture);
        var url = $"/Compliance?unit={tramLo}&year={year}";
        var monitor = await factory.ClientAsync(WardMonitorEmail);
        static int Recorded(IHtmlDocument page) =>
            int.Parse(page.QuerySelector("#violations-count")!.TextContent.Split(':')[1].Split('(')[0].Trim(), CultureInfo.InvariantCulture);
        var before = Recorded(await monitor.GetDocumentAsync(url));

        var (_, recordId) = await RecordedAsync("Vi phạm Điều 6 – rà soát tuân thủ");
        var page = await monitor.GetDocumentAsync(url);
        Assert.Equal(before + 1, Recorded(page));
        var link = page.QuerySelector<IHtmlAnchorElement>("#violations-link")!.GetAttribute("href")!;
        Assert.Equal($"/Violations?unit={tramLo}&year={year}", link);
        Assert.NotNull((await monitor.GetDocumentAsync(link)).QuerySelector($"#violation-list a[href='/Violations/{recordId}']"));
        // Filters: the act narrows the list; an unknown unit lists nothing (and is no error on either database).
        Assert.NotNull((await monitor.GetDocumentAsync(link + "&act=ObstructingProposer")).QuerySelector($"#violation-list a[href='/Violations/{recordId}']"));
        Assert.Null((await monitor.GetDocumentAsync(link + "&act=AbuseForPersonalGain")).QuerySelector($"#violation-list a[href='/Violations/{recordId}']"));
        Assert.Null((await monitor.GetDocumentAsync("/Violations?unit=987654")).QuerySelector("#violation-list"));

        // The administrator reviews compliance and sees the count, but not the list (need-to-know): no link.
        var admin = await (await factory.ClientAsync(AdministratorEmail)).GetDocumentAsync(url);
        Assert.Equal(before + 1, Recorded(admin));
        Assert.Null(admin.QuerySelector("#violations-link"));
    }

    [Fact]
    public async Task Violation_records_stay_out_of_the_proposal_history()
    {
        var (proposalId, _) = await RecordedAsync("Vi phạm Điều 6 – lịch sử");
        const string act = "Cản trở, xúc phạm, trù dập cán bộ có đề xuất đổi mới, sáng tạo";

        // No entry in the proposal's tamper-evident trail, which every reader of the proposal sees as its history.
        Assert.Equal(0, await factory.QueryAsync(db => db.AuditEntries.CountAsync(a => a.ProposalId == proposalId && a.Entity == nameof(ViolationRecord))));
        var proposer = (await (await factory.ClientAsync(ProposerEmail)).GetDocumentAsync($"/Proposals/Details/{proposalId}")).Text();
        Assert.DoesNotContain(act, proposer, StringComparison.Ordinal);
        Assert.DoesNotContain("Gây khó khăn cho người đề xuất", proposer, StringComparison.Ordinal);

        // The deciding head sees the record in its own section, and the history still says nothing of it.
        var head = await (await factory.ClientAsync(HeadEmail)).GetDocumentAsync($"/Proposals/Details/{proposalId}");
        Assert.Contains(act, head.QuerySelector("#violations-section")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Gây khó khăn cho người đề xuất", head.Text(), StringComparison.Ordinal);
    }
}

public sealed class ViolationPagesTests_Sqlite(SqliteWebAppFactory factory) : ViolationPagesTests(factory), IClassFixture<SqliteWebAppFactory>;

[RequiresPostgres]
public sealed class ViolationPagesTests_PostgreSql(PostgresWebAppFactory factory) : ViolationPagesTests(factory), IClassFixture<PostgresWebAppFactory>;
