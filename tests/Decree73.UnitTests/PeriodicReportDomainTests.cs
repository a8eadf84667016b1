using Decree73.Domain.Reports;
using Xunit;

namespace Decree73.UnitTests;

public sealed class PeriodicReportDomainTests
{
    [Theory]
    [InlineData(ReportPeriodKind.Quarter, 1, "2026-01-01", "2026-03-31")]
    [InlineData(ReportPeriodKind.Quarter, 4, "2026-10-01", "2026-12-31")]
    [InlineData(ReportPeriodKind.HalfYear, 1, "2026-01-01", "2026-06-30")]
    [InlineData(ReportPeriodKind.HalfYear, 2, "2026-07-01", "2026-12-31")]
    [InlineData(ReportPeriodKind.Year, 1, "2026-01-01", "2026-12-31")]
    public void A_period_runs_from_its_first_to_its_last_day(ReportPeriodKind kind, int number, string start, string end)
    {
        var period = new ReportPeriod(kind, 2026, number);

        Assert.True(period.IsValid);
        Assert.Equal(DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture), period.Start);
        Assert.Equal(DateOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture), period.End);
    }

    [Theory]
    [InlineData(ReportPeriodKind.Quarter, 0)]
    [InlineData(ReportPeriodKind.Quarter, 5)]
    [InlineData(ReportPeriodKind.HalfYear, 3)]
    [InlineData(ReportPeriodKind.Year, 2)]
    public void A_period_number_outside_its_kind_is_invalid(ReportPeriodKind kind, int number)
    {
        Assert.False(new ReportPeriod(kind, 2026, number).IsValid);
    }

    [Fact]
    public void A_quarter_contains_its_last_day_and_not_the_next()
    {
        var q1 = new ReportPeriod(ReportPeriodKind.Quarter, 2026, 1);

        Assert.True(q1.Contains(new DateOnly(2026, 3, 31)));
        Assert.False(q1.Contains(new DateOnly(2026, 4, 1)));
        Assert.False(q1.Contains(new DateOnly(2025, 12, 31)));
    }

    [Fact]
    public void A_submitted_report_refuses_every_edit_and_a_second_submission()
    {
        var report = new PeriodicReport(7, new ReportPeriod(ReportPeriodKind.Quarter, 2026, 1), consolidatesSubordinateReports: false);
        var narrative = new ReportNarrative("Đã phổ biến Nghị định 73", null, null, "Ưu điểm", null, null);
        var document = new ReportDocumentInfo("12/BC-UBND", "Trạm Lộ", new DateOnly(2026, 4, 5), null, null, "CHỦ TỊCH", "Nguyễn Văn A");
        Assert.True(report.Edit(narrative, document, false).IsSuccess);

        Assert.True(report.Submit("{\"received\":3}", officerId: 4, new DateTime(2026, 4, 6, 2, 0, 0, DateTimeKind.Utc)).IsSuccess);

        Assert.Equal(ReportErrors.Frozen, report.Edit(narrative with { Strengths = "Khác" }, document, true).Error);
        Assert.Equal(ReportErrors.Frozen, report.Submit("{\"received\":4}", 4, DateTime.UtcNow).Error);
        Assert.Equal("Ưu điểm", report.Strengths);
        Assert.False(report.ConsolidatesSubordinateReports);
        Assert.Equal("{\"received\":3}", report.FrozenFiguresJson);
    }

    [Fact]
    public void A_draft_keeps_blank_sections_as_empty_and_trims_the_rest()
    {
        var report = new PeriodicReport(7, new ReportPeriod(ReportPeriodKind.Year, 2026, 1), false);

        report.Edit(new ReportNarrative("  Nội dung  ", "   ", null, null, null, null), new ReportDocumentInfo(null, " Trạm Lộ ", null, null, null, null, null), false);

        Assert.Equal("Nội dung", report.ImplementationWork);
        Assert.Null(report.EncouragementText);
        Assert.Equal("Trạm Lộ", report.Place);
        Assert.Equal(ReportStatus.Draft, report.Status);
    }
}
