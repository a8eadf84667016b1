using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Decree73.Domain.Audit;
using Decree73.Domain.Proposals;
using Decree73.TestSupport;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace Decree73.WebTests.Security;

/// <summary>
/// Issue 14: reads of need-to-know records are in the audit trail (table RecordAccesses), not only in the log: who,
/// when, what, how. "Lịch sử truy cập" is shown on the protection record and the officer record to those who need to
/// know, and a refused read records nothing.
/// </summary>
public sealed class RecordAccessTests(SqliteWebAppFactory factory) : IClassFixture<SqliteWebAppFactory>
{
    private const string ProposerName = "Hoàng Đức Thắng";
    private const string MonitorName = "Vũ Thị Mai";

    [Fact]
    public async Task Viewing_and_downloading_a_protection_record_is_kept_with_reader_time_and_kind_and_listed_for_those_who_need_to_know()
    {
        var recordId = await RecordedAsync("Nhật ký truy cập – hồ sơ bảo vệ");
        var before = DateTime.UtcNow.AddSeconds(-1);
        var monitor = await factory.ClientAsync(ProposalScenarios.WardMonitorEmail);
        Assert.Equal(HttpStatusCode.OK, (await monitor.GetAsync($"/Protection/Details/{recordId}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await monitor.GetAsync($"/Protection/Details/{recordId}?handler=File")).StatusCode);

        var monitorOfficer = await MonitorOfficerIdAsync();
        var rows = await ReadsAsync(AccessedRecord.ProtectionRecord, recordId);
        Assert.Contains(rows, r => r.Kind == AccessKind.View && r.OfficerId == monitorOfficer && r.UserId != null && r.AccessedAtUtc >= before);
        Assert.Contains(rows, r => r.Kind == AccessKind.Download && r.OfficerId == monitorOfficer);

        // The officer concerned sees who read their record.
        var proposer = await factory.ClientAsync(ProposalScenarios.ProposerEmail);
        var page = await proposer.GetDocumentAsync($"/Protection/Details/{recordId}");
        var section = page.QuerySelector("#record-accesses");
        Assert.NotNull(section);
        Assert.Contains("Lịch sử truy cập", section!.TextContent, StringComparison.Ordinal);
        var lines = page.QuerySelectorAll("#record-accesses tr.record-access").Select(r => r.TextContent).ToList();
        Assert.Contains(lines, l => l.Contains(MonitorName, StringComparison.Ordinal) && l.Contains("Tải xuống", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains(MonitorName, StringComparison.Ordinal) && l.Contains("Xem", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_administrator_or_an_unrelated_officer_is_refused_the_record_and_their_attempt_records_nothing()
    {
        var recordId = await RecordedAsync("Nhật ký truy cập – từ chối");
        var count = (await ReadsAsync(AccessedRecord.ProtectionRecord, recordId)).Count;

        foreach (var email in new[] { ProposalScenarios.AdministratorEmail, ProposalScenarios.OtherProposerEmail, ProposalScenarios.OtherHeadEmail })
        {
            var client = await factory.ClientAsync(email);
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/Protection/Details/{recordId}")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/Protection/Details/{recordId}?handler=File")).StatusCode);
        }

        Assert.Equal(count, (await ReadsAsync(AccessedRecord.ProtectionRecord, recordId)).Count);
    }

    [Fact]
    public async Task The_officer_record_lists_its_reads_to_the_officer_and_the_interior_officer_but_not_to_an_administrator()
    {
        var officerId = await factory.OfficerIdAsync(ProposerName);
        var monitor = await factory.ClientAsync(ProposalScenarios.WardMonitorEmail);
        Assert.Equal(HttpStatusCode.OK, (await monitor.GetAsync($"/Officers/{officerId}/Profile")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await monitor.GetAsync($"/Appraisal/{officerId}/2026")).StatusCode);
        var monitorOfficer = await MonitorOfficerIdAsync();
        Assert.Contains(await ReadsAsync(AccessedRecord.OfficerRecord, officerId), r => r.OfficerId == monitorOfficer && r.Kind == AccessKind.View);
        Assert.Contains(await ReadsAsync(AccessedRecord.AppraisalSheet, officerId), r => r.OfficerId == monitorOfficer && r.Kind == AccessKind.View);

        var own = await (await factory.ClientAsync(ProposalScenarios.ProposerEmail)).GetDocumentAsync($"/Officers/{officerId}/Profile");
        var lines = own.QuerySelectorAll("#record-accesses tr.record-access").Select(r => r.TextContent).ToList();
        Assert.Contains(lines, l => l.Contains(MonitorName, StringComparison.Ordinal) && l.Contains("Đánh giá, xếp loại hằng năm", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains(MonitorName, StringComparison.Ordinal) && l.Contains("Hồ sơ đổi mới sáng tạo", StringComparison.Ordinal));
        Assert.NotNull((await monitor.GetDocumentAsync($"/Officers/{officerId}/Profile")).QuerySelector("#record-accesses"));

        // The administrator keeps appraisal entries and may open the page, but is not told who read the record.
        var admin = await (await factory.ClientAsync(ProposalScenarios.AdministratorEmail)).GetDocumentAsync($"/Officers/{officerId}/Profile");
        Assert.Null(admin.QuerySelector("#record-accesses"));

        // An officer of another commune does not get the page at all, and their attempt is not a read.
        var reads = (await ReadsAsync(AccessedRecord.OfficerRecord, officerId)).Count;
        var stranger = await factory.ClientAsync(ProposalScenarios.OtherProposerEmail);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/Officers/{officerId}/Profile")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/Appraisal/{officerId}/2026")).StatusCode);
        Assert.Equal(reads, (await ReadsAsync(AccessedRecord.OfficerRecord, officerId)).Count);
    }

    [Fact]
    public async Task A_long_list_of_reads_is_paged_newest_first()
    {
        var recordId = await RecordedAsync("Nhật ký truy cập – nhiều lượt");
        var head = await factory.ClientAsync(ProposalScenarios.HeadEmail);
        for (var i = 0; i < 22; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await head.GetAsync($"/Protection/Details/{recordId}?handler=File")).StatusCode);
        }

        var proposer = await factory.ClientAsync(ProposalScenarios.ProposerEmail);
        var first = await proposer.GetDocumentAsync($"/Protection/Details/{recordId}");
        var firstRows = first.QuerySelectorAll("#record-accesses tr.record-access").Select(r => r.TextContent).ToList();
        Assert.Equal(20, firstRows.Count);
        Assert.Contains(ProposerName, firstRows[0], StringComparison.Ordinal); // this very view, newest first
        var older = first.QuerySelector<IHtmlAnchorElement>("#record-accesses-older");
        Assert.NotNull(older);

        var second = await proposer.GetDocumentAsync($"/Protection/Details/{recordId}{older!.GetAttribute("href")!.Split('#')[0]}");
        var secondRows = second.QuerySelectorAll("#record-accesses tr.record-access").ToList();
        Assert.NotEmpty(secondRows);
        Assert.True(secondRows.Count < 20, $"{secondRows.Count} rows on the second page");
    }

    private Task<int> MonitorOfficerIdAsync() => factory.OfficerIdAsync(MonitorName);

    private Task<List<RecordAccess>> ReadsAsync(AccessedRecord record, int id) =>
        factory.QueryAsync(db => db.RecordAccesses.AsNoTracking().Where(a => a.Record == record && a.RecordId == id).ToListAsync());

    private async Task<int> RecordedAsync(string title)
    {
        var proposalId = await factory.ProposalAtAsync(Stage.Evaluated, title);
        var officerId = await factory.OfficerIdAsync(ProposerName);
        var head = await factory.ClientAsync(ProposalScenarios.HeadEmail);
        var form = await head.GetDocumentAsync($"/Protection/Create/{proposalId}/{officerId}");
        var saved = await PostMultipartAsync(head, form, new Dictionary<string, string>
        {
            ["Input.Type"] = "NotHeldLiable", ["Input.DecisionNumber"] = "31/QĐ-UBND", ["Input.DecisionSignedOn"] = "27/11/2026",
            ["Input.DecisionSigner"] = ProposalScenarios.HeadName,
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        return int.Parse(saved.Headers.Location!.OriginalString.Split('/')[^1], CultureInfo.InvariantCulture);
    }

    private static Task<HttpResponseMessage> PostMultipartAsync(HttpClient client, IHtmlDocument page, Dictionary<string, string> values)
    {
        var form = page.QuerySelector<IHtmlFormElement>("form.protection-form") ?? throw new InvalidOperationException("No protection form.");
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

        var file = new ByteArrayContent(SampleFiles.Pdf());
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        content.Add(file, "SignedFile", "Quyết định bảo vệ.pdf");
        return client.PostAsync(page.Url, content);
    }
}
