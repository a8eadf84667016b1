using Decree73.Application.Common;
using Decree73.Application.Documents;
using Decree73.Application.Reports;
using Decree73.Domain.Reports;
using Decree73.Infrastructure.Persistence;
using Decree73.TestSupport;
using Decree73.Web.Documents;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Decree73.IntegrationTests.Reports;

/// <summary>
/// A submitted report's document never changes: the frame must be complete before submission, and the issuing body
/// lines and the date are those of the submission, whatever happens to the units afterwards.
/// </summary>
public abstract class ReportFreezeTests(ServiceHost host)
{
    private static ReportEditInput Frame() => new()
    {
        DocumentNumber = "21/BC-SNV", Place = "Bắc Ninh", ReportDate = new DateOnly(2026, 10, 5),
        SignerCapacity = "GIÁM ĐỐC", SignerName = "Nguyễn Văn Hùng",
    };

    private async Task<(ReportScenario S, int Id)> DepartmentDraftAsync(string code)
    {
        var s = new ReportScenario(host, code);
        await s.BuildAsync();
        var created = await host.As<OperationResult<int>, PeriodicReportService>(s.DepartmentOfficer, r => r.CreateAsync(new ReportCreateInput
        {
            UnitId = s.Department.Id, PeriodKind = ReportPeriodKind.Quarter, Year = 2026, PeriodNumber = 3,
        }));
        Assert.True(created.Succeeded, string.Join("; ", created.Errors.Select(e => e.Message)));
        return (s, created.Value);
    }

    private Task<int> VersionAsync(int id) =>
        host.InScopeAsync(sp => sp.GetRequiredService<AppDbContext>().PeriodicReports.Where(r => r.Id == id).Select(r => r.Version).SingleAsync());

    private async Task<string> DocxTextAsync(ReportScenario s, int id, DateOnly today)
    {
        // As the download handlers ask for it: a submitted report without live figures.
        var view = (await host.As<ReportView?, PeriodicReportService>(s.DepartmentOfficer, r => r.GetAsync(id, compareLive: false)))!;
        return await host.InScopeAsync(async sp =>
        {
            using var output = new MemoryStream();
            await sp.GetRequiredService<IOfficialDocumentWriter>().WriteDocxAsync(ReportDocumentBuilder.Document(view, today), output, default);
            using var word = WordprocessingDocument.Open(new MemoryStream(output.ToArray()), false);
            return word.MainDocumentPart!.Document.Body!.InnerText;
        });
    }

    [ServiceFact]
    public async Task Submission_is_refused_until_the_frame_is_filled_in_and_the_export_keeps_the_names_and_date_of_submission()
    {
        var (s, id) = await DepartmentDraftAsync("FZ1" + Guid.NewGuid().ToString("N")[..4]);
        var oldUnit = s.Department.Name;
        var oldParent = s.Province.Name;

        var blank = await host.As<OperationResult, PeriodicReportService>(s.DepartmentOfficer, r => r.SubmitAsync(id, 1));
        Assert.Equal(OperationStatus.Invalid, blank.Status);
        Assert.Equal(
            [nameof(ReportEditInput.DocumentNumber), nameof(ReportEditInput.Place), nameof(ReportEditInput.ReportDate),
             nameof(ReportEditInput.SignerCapacity), nameof(ReportEditInput.SignerName)],
            blank.Errors.Select(e => e.Field).ToArray());
        Assert.All(blank.Errors, e => Assert.False(string.IsNullOrWhiteSpace(e.Message)));

        var partial = Frame();
        partial.SignerName = "  ";
        Assert.True((await host.As<OperationResult, PeriodicReportService>(s.DepartmentOfficer, r => r.EditAsync(id, partial, 1))).Succeeded);
        var stillBlank = await host.As<OperationResult, PeriodicReportService>(s.DepartmentOfficer, r => r.SubmitAsync(id, 2));
        Assert.Equal(nameof(ReportEditInput.SignerName), Assert.Single(stillBlank.Errors).Field);
        Assert.Equal(ReportStatus.Draft, await host.InScopeAsync(sp => sp.GetRequiredService<AppDbContext>().PeriodicReports.Where(r => r.Id == id).Select(r => r.Status).SingleAsync()));

        Assert.True((await host.As<OperationResult, PeriodicReportService>(s.DepartmentOfficer, r => r.EditAsync(id, Frame(), 2))).Succeeded);
        var submitted = await host.As<OperationResult, PeriodicReportService>(s.DepartmentOfficer, r => r.SubmitAsync(id, 3));
        Assert.True(submitted.Succeeded, string.Join("; ", submitted.Errors.Select(e => e.Message)));

        // The units are renamed after submission.
        await host.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            (await db.Units.SingleAsync(u => u.Id == s.Department.Id)).Name = "Sở Đổi Tên " + s.Department.Code;
            (await db.Units.SingleAsync(u => u.Id == s.Province.Id)).Name = "Tỉnh Đổi Tên " + s.Province.Code;
            await db.SaveChangesAsync();
        });

        var text = await DocxTextAsync(s, id, new DateOnly(2026, 11, 20));
        Assert.Contains(oldUnit.ToUpperInvariant(), text);
        Assert.Contains(oldParent.ToUpperInvariant(), text);
        Assert.DoesNotContain("ĐỔI TÊN", text);
        Assert.Contains("05 tháng 10 năm 2026", text);
        Assert.DoesNotContain("20 tháng 11", text);

        var view = (await host.As<ReportView?, PeriodicReportService>(s.DepartmentOfficer, r => r.GetAsync(id)))!;
        Assert.Equal((oldUnit, oldParent), (view.IssuerName, view.IssuerParentName));
        Assert.Equal("Sở Đổi Tên " + s.Department.Code, view.UnitName);
        Assert.False(view.LiveDiffers);
    }

    [ServiceFact]
    public async Task Live_figures_of_a_submitted_report_are_computed_only_for_the_comparison_and_always_for_a_draft()
    {
        var (s, id) = await DepartmentDraftAsync("FZ4" + Guid.NewGuid().ToString("N")[..4]);
        var draft = (await host.As<ReportView?, PeriodicReportService>(s.DepartmentOfficer, r => r.GetAsync(id, compareLive: false)))!;
        Assert.NotNull(draft.Live);
        Assert.Same(draft.Live, draft.Stated);

        Assert.True((await host.As<OperationResult, PeriodicReportService>(s.DepartmentOfficer, r => r.EditAsync(id, Frame(), 1))).Succeeded);
        Assert.True((await host.As<OperationResult, PeriodicReportService>(s.DepartmentOfficer, r => r.SubmitAsync(id, 2))).Succeeded);

        var export = (await host.As<ReportView?, PeriodicReportService>(s.DepartmentOfficer, r => r.GetAsync(id, compareLive: false)))!;
        Assert.Null(export.Live);
        Assert.Same(export.Frozen, export.Stated);
        Assert.False(export.LiveDiffers);
        var page = (await host.As<ReportView?, PeriodicReportService>(s.DepartmentOfficer, r => r.GetAsync(id)))!;
        Assert.NotNull(page.Live);
    }

    [ServiceFact]
    public async Task A_report_is_not_submitted_on_the_periods_last_day_but_from_the_next_day_in_Vietnam()
    {
        var (s, id) = await DepartmentDraftAsync("FZ3" + Guid.NewGuid().ToString("N")[..4]);
        Assert.True((await host.As<OperationResult, PeriodicReportService>(s.DepartmentOfficer, r => r.EditAsync(id, Frame(), 1))).Succeeded);

        // 30/9 09:00 and 23:59 in Hà Nội: still the quarter's last day.
        foreach (var at in new[] { ReportScenario.On(9, 30), new DateTimeOffset(2026, 9, 30, 16, 59, 0, TimeSpan.Zero) })
        {
            host.Time.Now = at;
            var refused = await host.As<OperationResult, PeriodicReportService>(s.DepartmentOfficer, r => r.SubmitAsync(id, 2));
            Assert.Equal(ErrorMessages.For(ReportErrors.PeriodNotOver), Assert.Single(refused.Errors).Message);
        }

        // 1/10 00:00 in Hà Nội.
        host.Time.Now = new DateTimeOffset(2026, 9, 30, 17, 0, 0, TimeSpan.Zero);
        var version = await VersionAsync(id);
        var submitted = await host.As<OperationResult, PeriodicReportService>(s.DepartmentOfficer, r => r.SubmitAsync(id, version));
        Assert.True(submitted.Succeeded, string.Join("; ", submitted.Errors.Select(e => e.Message)));
    }

    [ServiceFact]
    public async Task A_report_submitted_before_names_were_frozen_still_reads_and_dates_its_document_by_the_submission_day()
    {
        var (s, id) = await DepartmentDraftAsync("FZ2" + Guid.NewGuid().ToString("N")[..4]);
        var frame = Frame();
        Assert.True((await host.As<OperationResult, PeriodicReportService>(s.DepartmentOfficer, r => r.EditAsync(id, frame, 1))).Succeeded);
        Assert.True((await host.As<OperationResult, PeriodicReportService>(s.DepartmentOfficer, r => r.SubmitAsync(id, 2))).Succeeded);

        // As stored before this change: no names in the JSON and, as the frame was not required, no report date.
        await host.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            var json = await db.PeriodicReports.Where(r => r.Id == id).Select(r => r.FrozenFiguresJson).SingleAsync();
            var old = System.Text.Json.Nodes.JsonNode.Parse(json!)!.AsObject();
            old.Remove("unitName");
            old.Remove("parentUnitName");
            var stored = old.ToJsonString();
            await db.PeriodicReports.Where(r => r.Id == id).ExecuteUpdateAsync(u => u
                .SetProperty(r => r.FrozenFiguresJson, stored).SetProperty(r => r.ReportDate, (DateOnly?)null));
        });

        var view = (await host.As<ReportView?, PeriodicReportService>(s.DepartmentOfficer, r => r.GetAsync(id)))!;
        Assert.Null(view.Frozen!.UnitName);
        Assert.Equal(s.Department.Name, view.IssuerName);
        Assert.Equal(VietnamTime.DateOf(view.Report.SubmittedAtUtc!.Value), view.DocumentDate(new DateOnly(2026, 11, 20)));
        Assert.DoesNotContain("20 tháng 11", await DocxTextAsync(s, id, new DateOnly(2026, 11, 20)));
    }
}

public sealed class ReportFreezeTests_Sqlite(SqliteServiceHost host) : ReportFreezeTests(host), IClassFixture<SqliteServiceHost>;

[RequiresPostgres]
public sealed class ReportFreezeTests_PostgreSql(PostgresServiceHost host) : ReportFreezeTests(host), IClassFixture<PostgresServiceHost>;
