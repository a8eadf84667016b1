using Decree73.Application.Reports;
using Decree73.Domain.Reports;
using Xunit;

namespace Decree73.UnitTests;

/// <summary>Section I.2 of the periodic report: generated text, and what submission freezes.</summary>
public sealed class ReportInnovationAreasTests
{
    private static PeriodicReport Draft() => new(1, new ReportPeriod(ReportPeriodKind.Quarter, 2026, 3), false);

    private static readonly ReportDocumentInfo NoFrame = new(null, null, null, null, null, null, null);

    [Fact]
    public void Never_written_section_I2_is_frozen_as_the_text_generated_from_the_submitted_figures()
    {
        var report = Draft();

        Assert.True(report.Submit("{}", 7, DateTime.UtcNow, "Văn bản tạo từ số liệu").IsSuccess);

        Assert.Equal("Văn bản tạo từ số liệu", report.InnovationAreasText);
    }

    [Fact]
    public void A_written_section_I2_is_frozen_as_written_not_replaced_by_the_generated_text()
    {
        var report = Draft();
        report.Edit(new ReportNarrative(null, null, null, null, null, null, "  Văn bản của đơn vị  "), NoFrame, false);

        Assert.True(report.Submit("{}", 7, DateTime.UtcNow, "Văn bản tạo từ số liệu").IsSuccess);

        Assert.Equal("Văn bản của đơn vị", report.InnovationAreasText);
    }

    [Fact]
    public void The_generated_text_lists_every_entry_with_its_count_the_last_one_closing_the_list()
    {
        var figures = new ReportFigures
        {
            ReceivedByField = [new FigureRow("1", "Chuyển đổi số", 3), new FigureRow("None", null, 1)],
            ReceivedByKind = [new FigureRow("2", "Phối hợp liên ngành", 0)],
        };

        var lines = InnovationAreasWriter.Generate(figures, "UBND phường Trạm Lộ").Split('\n');

        Assert.Contains("UBND phường Trạm Lộ xác định các lĩnh vực trọng tâm", lines[0], StringComparison.Ordinal);
        Assert.Equal(["- Chuyển đổi số: 3 đề xuất;", "- Chưa xác định lĩnh vực: 1 đề xuất.", "Các nội dung đổi mới, sáng tạo chủ yếu gồm:", "- Phối hợp liên ngành: 0 đề xuất."], lines[1..]);
    }
}
