using Decree73.Application.Common;
using Decree73.Application.Reports;
using Decree73.Domain.Reports;
using Decree73.Infrastructure.Persistence;
using Decree73.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Decree73.IntegrationTests.Reports;

/// <summary>
/// Section I.2 of the periodic report (issue 9, seed report 002): the fields and kinds of innovation of the reference
/// lists with the period's counts, offered while the report is a draft, the writer's text kept as saved, and frozen at
/// submission like the rest.
/// </summary>
public abstract class ReportInnovationAreasTests(ServiceHost host)
{
    private async Task<int> CreateAsync(string userId, int unitId)
    {
        var created = await host.As(userId, (PeriodicReportService r) => r.CreateAsync(new ReportCreateInput { UnitId = unitId, PeriodKind = ReportPeriodKind.Quarter, Year = 2026, PeriodNumber = 3 }));
        Assert.True(created.Succeeded, string.Join("; ", created.Errors.Select(e => e.Message)));
        return created.Value;
    }

    private Task<PeriodicReport> StoredAsync(int id) =>
        host.InScopeAsync(sp => sp.GetRequiredService<AppDbContext>().PeriodicReports.AsNoTracking().SingleAsync(r => r.Id == id));

    /// <summary>Completes the Decree 30 frame (keeping whatever narrative is stored) and submits.</summary>
    private async Task SubmitAsync(string userId, int id)
    {
        var report = await StoredAsync(id);
        var frame = ReportEditInput.From(report);
        (frame.DocumentNumber, frame.Place, frame.ReportDate, frame.SignerCapacity, frame.SignerName) =
            ("15/BC-UBND", "Trạm Lộ", new DateOnly(2026, 10, 5), "CHỦ TỊCH", "Đỗ Thị Vân");
        var edited = await host.As(userId, (PeriodicReportService r) => r.EditAsync(id, frame, report.Version));
        Assert.True(edited.Succeeded, string.Join("; ", edited.Errors.Select(e => e.Message)));
        var submitted = await host.As(userId, async (PeriodicReportService r) => await r.SubmitAsync(id, (await StoredAsync(id)).Version));
        Assert.True(submitted.Succeeded, string.Join("; ", submitted.Errors.Select(e => e.Message)));
    }

    [ServiceFact]
    public async Task Section_I2_lists_every_field_and_kind_with_the_period_counts_and_is_frozen_from_the_submitted_figures_when_never_written()
    {
        var s = new ReportScenario(host, "RI1");
        await s.BuildAsync();
        var id = await CreateAsync(s.A.Interior, s.A.Unit.Id);

        var draft = (await host.As(s.A.Interior, (PeriodicReportService r) => r.GetAsync(id)))!;
        Assert.Null(draft.Report.InnovationAreasText);
        var generated = draft.InnovationAreasText!;
        // Commune A received four proposals in Q3's figures: two of field 1, two of field 2, all of kind 1; the other
        // entries of the reference lists are listed with zero, in their order, the last line ending with a full stop.
        Assert.Equal(
        [
            $"Căn cứ chức năng, nhiệm vụ theo quy định và tình hình thực tế các cơ quan, đơn vị, {s.A.Unit.Name} xác định các lĩnh vực trọng tâm để khuyến khích cán bộ năng động, sáng tạo gồm (số đề xuất tiếp nhận trong kỳ):",
            "- Cải cách thủ tục hành chính: 2 đề xuất;",
            "- Chuyển đổi số: 2 đề xuất;",
            "- Phát triển kinh tế – xã hội: 0 đề xuất;",
            "- Nhiệm vụ khó khăn, tồn đọng kéo dài: 0 đề xuất.",
            "Các nội dung đổi mới, sáng tạo chủ yếu gồm:",
            "- Rút ngắn thời gian giải quyết thủ tục: 4 đề xuất;",
            "- Ứng dụng công nghệ thông tin, số hóa hồ sơ: 0 đề xuất;",
            "- Phương thức quản lý mới: 0 đề xuất;",
            "- Phối hợp liên ngành: 0 đề xuất;",
            "- Hỗ trợ người dân, doanh nghiệp tốt hơn: 0 đề xuất.",
        ], generated.Split('\n'));
        Rows(draft.Live!.ReceivedByKind, ("1", 4), ("2", 0), ("3", 0), ("4", 0), ("5", 0));

        // Never written: submission freezes the text generated from the frozen figures.
        await SubmitAsync(s.A.Interior, id);
        Assert.Equal(generated, (await StoredAsync(id)).InnovationAreasText);

        // A proposal entered late changes the live figures, not the submitted section.
        host.Time.Now = ReportScenario.On(9, 29);
        await s.SubmitAsync(s.A, "a2", "A7 nhập muộn", fieldId: 3);
        host.Time.Now = ReportScenario.On(10, 6);
        var submitted = (await host.As(s.A.Interior, (PeriodicReportService r) => r.GetAsync(id)))!;
        Assert.Equal(generated, submitted.InnovationAreasText);
        Assert.Contains("- Phát triển kinh tế – xã hội: 1 đề xuất;", InnovationAreasWriter.Generate(submitted.Live!, s.A.Unit.Name), StringComparison.Ordinal);
    }

    [ServiceFact]
    public async Task A_section_I2_the_writer_saved_is_never_replaced_by_the_generated_text_and_is_frozen_as_written()
    {
        var s = new ReportScenario(host, "RI2");
        await s.BuildAsync();
        var id = await CreateAsync(s.A.Interior, s.A.Unit.Id);
        const string written = "UBND xã xác định lĩnh vực trọng tâm là chuyển đổi số (2 đề xuất) và cải cách thủ tục hành chính (2 đề xuất).";
        var report = await StoredAsync(id);
        var edited = await host.As(s.A.Interior, (PeriodicReportService r) => r.EditAsync(id, new ReportEditInput { InnovationAreas = written }, report.Version));
        Assert.True(edited.Succeeded);

        var draft = (await host.As(s.A.Interior, (PeriodicReportService r) => r.GetAsync(id)))!;
        Assert.Equal(written, draft.InnovationAreasText);
        Assert.Equal(written, ReportEditInput.From(draft.Report).InnovationAreas);

        await SubmitAsync(s.A.Interior, id);
        Assert.Equal(written, (await StoredAsync(id)).InnovationAreasText);
    }

    private static void Rows(IReadOnlyList<FigureRow> rows, params (string Key, int Count)[] expected) =>
        Assert.Equal(expected, rows.Select(r => (r.Key, r.Count)).ToArray());
}

public sealed class ReportInnovationAreasTests_Sqlite(SqliteServiceHost host) : ReportInnovationAreasTests(host), IClassFixture<SqliteServiceHost>;

[RequiresPostgres]
public sealed class ReportInnovationAreasTests_PostgreSql(PostgresServiceHost host) : ReportInnovationAreasTests(host), IClassFixture<PostgresServiceHost>;
