using Decree73.Application.Common;
using Decree73.Application.Compliance;
using Decree73.Application.Documents;
using Decree73.Application.Proposals;
using Decree73.Domain.Organisation;
using Decree73.Domain.Proposals;
using Decree73.Infrastructure.Persistence;
using Decree73.TestSupport;
using Decree73.Web.Documents;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;
using static Decree73.IntegrationTests.ComplianceScenario;

namespace Decree73.IntegrationTests;

/// <summary>
/// The Art. 5(1)/Art. 4(2) findings gate approval, the resources of Art. 10(2), and the result notice of Art. 9 with its
/// 3-working-day deadline and the compliance flag for a late one, through the real services on real databases.
/// </summary>
public abstract class ConditionsAndResultNoticeTests(ServiceHost host)
{
    private readonly ComplianceScenario s = new(host);
    private static readonly DecisionDocument Implementation = new("12/QĐ-UBND", new DateOnly(2026, 3, 3), "Chủ tịch");

    private Task<Proposal> LoadAsync(int id) =>
        host.InScopeAsync(sp => sp.GetRequiredService<AppDbContext>().Proposals.AsNoTracking().Include(p => p.Decisions).SingleAsync(p => p.Id == id));

    [ServiceFact]
    public async Task Approval_is_refused_while_a_finding_is_missing_or_negative_and_passes_once_all_are_met()
    {
        var province = await host.AddUnitAsync("CG1", kind: UnitKind.Province);
        var a = await s.AgencyAsync("CG1-A", province);
        var id = await s.SubmitAsync(a, "Một cửa liên thông", At(3, 2));
        await s.PartyOpinionAsync(a, id, At(3, 3));
        Vote[] votes = [new(a.HeadId, true), new(a.DeputyId, true)];

        var unrecorded = await s.TryAsync(a.Head, id, At(3, 3), (w, v) => w.RecordVoteAsync(id, v, votes));
        Assert.Equal(OperationStatus.Invalid, unrecorded.Status);
        Assert.Contains("Chưa ghi nhận kết luận về các điều kiện", Assert.Single(unrecorded.Errors).Message);

        var byProposer = await s.TryAsync(a.Proposer, id, At(3, 3), (w, v) => w.RecordConditionsAsync(id, v, TestConditions.AllMet));
        Assert.False(byProposer.Succeeded);

        Assert.True((await s.TryAsync(a.Head, id, At(3, 3), (w, v) => w.RecordConditionsAsync(id, v,
            TestConditions.AllMet with { UrgentNeed = false, UrgentNeedNote = "Không cấp thiết" }))).Succeeded);
        var negative = await s.TryAsync(a.Head, id, At(3, 3), (w, v) => w.RecordVoteAsync(id, v, votes));
        Assert.Equal("UrgentNeed", Assert.Single(negative.Errors).Field);

        Assert.True((await s.TryAsync(a.Head, id, At(3, 3), (w, v) => w.RecordConditionsAsync(id, v, TestConditions.AllMet with { WithinAuthority = false }))).Succeeded);
        var outside = await s.TryAsync(a.Head, id, At(3, 3), (w, v) => w.RecordVoteAsync(id, v, votes));
        Assert.Equal("WithinAuthority", Assert.Single(outside.Errors).Field);
        Assert.Contains("vượt thẩm quyền", outside.Errors[0].Message);
        Assert.Equal(ProposalState.Submitted, (await LoadAsync(id)).State);

        Assert.True((await s.TryAsync(a.Head, id, At(3, 3), (w, v) => w.RecordConditionsAsync(id, v,
            TestConditions.AllMet with { BottleneckNote = "Thủ tục liên thông chưa được quy định" }))).Succeeded);
        Assert.True((await s.TryAsync(a.Head, id, At(3, 3), (w, v) => w.RecordVoteAsync(id, v, votes))).Succeeded);
        Assert.True((await s.TryAsync(a.Head, id, At(3, 4), (w, v) => w.IssueImplementationDecisionAsync(id, v, Implementation, [], default,
            new ImplementationResources("2 máy quét", "3 công chức", 120_000_000m)))).Succeeded);

        var stored = await LoadAsync(id);
        Assert.Equal(ProposalState.InProgress, stored.State);
        Assert.True(ProposalConditions.Met(stored.Conditions));
        Assert.Equal(("Thủ tục liên thông chưa được quy định", a.HeadId), (stored.Conditions!.BottleneckNote, stored.Conditions.RecordedByOfficerId));
        Assert.Equal(new ImplementationResources("2 máy quét", "3 công chức", 120_000_000m), stored.Resources);
    }

    [ServiceFact]
    public async Task A_pilot_mechanism_is_refused_at_submission()
    {
        var province = await host.AddUnitAsync("CG2", kind: UnitKind.Province);
        var a = await s.AgencyAsync("CG2-A", province);
        host.Time.Now = At(3, 2);
        var plan = ProposalInputs.Complete("Thí điểm cơ chế đặc thù", startOn: new DateOnly(2026, 1, 5));
        plan.IsPilotMechanism = true;
        var draft = await host.As<OperationResult<int>, ProposalService>(a.Proposer, p => p.CreateDraftAsync(plan));
        var submitted = await host.As<OperationResult, ProposalService>(a.Proposer, p => p.SubmitAsync(draft.Value, plan, 1));

        Assert.Equal("IsPilotMechanism", Assert.Single(submitted.Errors).Field);
        var stored = await LoadAsync(draft.Value);
        Assert.Equal((ProposalState.Draft, (string?)null), (stored.State, stored.ReceiptNumber));
    }

    [ServiceFact]
    public async Task The_result_notice_is_due_three_working_days_after_the_evaluation_and_a_late_one_is_flagged()
    {
        var province = await host.AddUnitAsync("RN1", kind: UnitKind.Province);
        var officer = await s.InteriorOfficerAsync("RN1-SNV", province, province, UnitKind.ProvincialDepartment);
        var a = await s.AgencyAsync("RN1-A", province);
        // Evaluated on Thursday 2/4/2026: due Tuesday 7/4 (Friday, Monday, Tuesday).
        var onTime = await s.EvaluatedAsync(a, "Đúng hạn", EvaluationOutcome.Completed, At(3, 31), At(4, 2));
        var late = await s.EvaluatedAsync(a, "Muộn", EvaluationOutcome.Completed, At(3, 31), At(4, 2));
        var missing = await s.EvaluatedAsync(a, "Chưa ban hành", EvaluationOutcome.PartlyCompleted, At(3, 31), At(4, 2));
        Assert.Equal(new DateOnly(2026, 4, 7), (await LoadAsync(onTime)).ResultNoticeDueOn);

        var closeEarly = await s.TryAsync(a.Head, onTime, At(4, 3), (w, v) => w.CloseAsync(id: onTime, v));
        Assert.Contains("thông báo kết quả", Assert.Single(closeEarly.Errors).Message);

        Assert.True((await s.TryAsync(a.Head, onTime, At(4, 7), (w, v) =>
            w.IssueResultNoticeAsync(onTime, v, new DecisionDocument("5/TB-UBND", new DateOnly(2026, 4, 7), "Nguyễn Văn An")))).Succeeded);
        Assert.True((await s.TryAsync(a.Head, late, At(4, 8), (w, v) =>
            w.IssueResultNoticeAsync(late, v, new DecisionDocument("6/TB-UBND", new DateOnly(2026, 4, 8), "Nguyễn Văn An")))).Succeeded);
        var twice = await s.TryAsync(a.Head, late, At(4, 8), (w, v) => w.IssueResultNoticeAsync(late, v, new DecisionDocument("7/TB-UBND", new DateOnly(2026, 4, 8), "X")));
        Assert.False(twice.Succeeded);
        Assert.True((await s.TryAsync(a.Head, onTime, At(4, 8), (w, v) => w.CloseAsync(onTime, v))).Succeeded);

        var closed = await LoadAsync(onTime);
        Assert.Equal((ProposalState.Closed, "5/TB-UBND", new DateOnly(2026, 4, 7)), (closed.State, closed.ResultNotice!.Number, closed.ResultNoticeDueOn!.Value));

        host.Time.Now = At(4, 9);
        var flag = await host.As<OperationResult<(ComplianceScope, CompliancePeriod, ComplianceFlag Flag)>, ComplianceService>(officer, c =>
        {
            c.ClearCache();
            return c.FlagAsync(ComplianceFlags.LateResultNotice, a.Unit.Id, 2026, null);
        });
        Assert.True(flag.Succeeded);
        Assert.Equal(new[] { late, missing }.Order(), flag.Value.Flag.Examples.Select(e => e.ProposalId!.Value).Order());
        Assert.Equal(2, flag.Value.Flag.Count);
    }
}

public sealed class ConditionsAndResultNoticeTests_Sqlite(SqliteServiceHost host) : ConditionsAndResultNoticeTests(host), IClassFixture<SqliteServiceHost>;

[RequiresPostgres]
public sealed class ConditionsAndResultNoticeTests_PostgreSql(PostgresServiceHost host) : ConditionsAndResultNoticeTests(host), IClassFixture<PostgresServiceHost>;

/// <summary>The issued notice printed as a Decree 30/2020 .docx by the report writer, reopened by the OpenXml SDK and LibreOffice.</summary>
[RequiresLibreOffice]
public sealed class ResultNoticeExportTests(SqliteServiceHost host) : IClassFixture<SqliteServiceHost>
{
    [ServiceFact]
    public async Task The_result_notice_prints_as_a_Decree_30_document()
    {
        var s = new ComplianceScenario(host);
        var province = await host.AddUnitAsync("RX1", kind: UnitKind.Province);
        var a = await s.AgencyAsync("RX1-A", province);
        var id = await s.EvaluatedAsync(a, "Số hóa hồ sơ một cửa", EvaluationOutcome.PartlyCompleted, At(3, 31), At(4, 2));
        Assert.True((await s.TryAsync(a.Head, id, At(4, 6), (w, v) =>
            w.IssueResultNoticeAsync(id, v, new DecisionDocument("9/TB-UBND", new DateOnly(2026, 4, 6), "Nguyễn Văn An")))).Succeeded);

        var docx = await host.InScopeAsync(async sp =>
        {
            var proposal = await sp.GetRequiredService<ProposalService>().FindAsync(id) ?? throw new InvalidOperationException();
            var context = await sp.GetRequiredService<ResultNoticeQueries>().ContextAsync(proposal);
            using var output = new MemoryStream();
            await sp.GetRequiredService<IOfficialDocumentWriter>().WriteDocxAsync(ResultNoticeDocumentBuilder.Document(context), output, default);
            return output.ToArray();
        });

        using (var word = WordprocessingDocument.Open(new MemoryStream(docx), false))
        {
            Assert.Empty(new OpenXmlValidator().Validate(word));
            var body = word.MainDocumentPart!.Document.Body!.InnerText;
            Assert.Contains("9/TB-UBND", body);
            Assert.Contains("Hoàn thành một phần", body);
            Assert.Contains("Thiếu kinh phí", body);
        }

        var text = System.Text.RegularExpressions.Regex.Replace(await OfficeConverter.ToPdfTextAsync(docx, ".docx"), @"\s+", " ");
        Assert.Contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", text);
        Assert.Contains("THÔNG BÁO", text);
        Assert.Contains("ngày 06 tháng 4 năm 2026", text);
        Assert.Contains("Nguyễn Văn An", text);
        Assert.Contains("Số hóa hồ sơ một cửa", text);
    }
}
