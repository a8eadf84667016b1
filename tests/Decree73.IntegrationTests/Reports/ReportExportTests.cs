using Decree73.Application.Common;
using Decree73.Application.Documents;
using Decree73.Application.Reports;
using Decree73.Infrastructure.Persistence;
using Decree73.TestSupport;
using Decree73.Web.Documents;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;
using Sheet = DocumentFormat.OpenXml.Spreadsheet.Sheet;

namespace Decree73.IntegrationTests.Reports;

/// <summary>
/// A submitted commune report and a draft exported through the real writers: the .docx and .xlsx reopened with the
/// OpenXml SDK, then opened by LibreOffice and read back, with the scenario's figures in them.
/// </summary>
[RequiresLibreOffice]
public sealed class ReportExportTests(SqliteServiceHost host) : IClassFixture<SqliteServiceHost>
{
    private async Task<(ReportView Frozen, ReportView Draft)> ReportsAsync()
    {
        var s = new ReportScenario(host, "EX" + Guid.NewGuid().ToString("N")[..4]);
        await s.BuildAsync();
        var created = await host.As<OperationResult<int>, PeriodicReportService>(s.A.Interior, r => r.CreateAsync(new ReportCreateInput
        {
            UnitId = s.A.Unit.Id, PeriodKind = Domain.Reports.ReportPeriodKind.Quarter, Year = 2026, PeriodNumber = 3,
        }));
        Assert.True((await host.As<OperationResult, PeriodicReportService>(s.A.Interior, r => r.EditAsync(created.Value, new ReportEditInput
        {
            DocumentNumber = "15/BC-UBND", Place = "Trạm Lộ", ReportDate = new DateOnly(2026, 10, 5),
            Recipients = "Sở Nội vụ tỉnh Bắc Ninh;\nLưu: VT.", SignerAuthority = "KT. CHỦ TỊCH", SignerCapacity = "PHÓ CHỦ TỊCH", SignerName = "Đỗ Thị Vân",
            ImplementationWork = "UBND xã đã quán triệt Nghị định số 73 đến toàn thể cán bộ.", Strengths = "Cán bộ mạnh dạn đề xuất.",
        }, 1))).Succeeded);
        Assert.True((await host.As<OperationResult, PeriodicReportService>(s.A.Interior, r => r.SubmitAsync(created.Value, 2))).Succeeded);
        var draft = await host.As<OperationResult<int>, PeriodicReportService>(s.B.Interior, r => r.CreateAsync(new ReportCreateInput
        {
            UnitId = s.B.Unit.Id, PeriodKind = Domain.Reports.ReportPeriodKind.Quarter, Year = 2026, PeriodNumber = 3,
        }));
        var frozen = (await host.As<ReportView?, PeriodicReportService>(s.A.Interior, r => r.GetAsync(created.Value)))!;
        return (frozen, (await host.As<ReportView?, PeriodicReportService>(s.B.Interior, r => r.GetAsync(draft.Value)))!);
    }

    private Task<byte[]> DocxAsync(ReportView view) => host.InScopeAsync(async sp =>
    {
        using var output = new MemoryStream();
        await sp.GetRequiredService<IOfficialDocumentWriter>().WriteDocxAsync(ReportDocumentBuilder.Document(view, new DateOnly(2026, 10, 6)), output, default);
        return output.ToArray();
    });

    private Task<byte[]> XlsxAsync(ReportView view) => host.InScopeAsync(async sp =>
    {
        using var output = new MemoryStream();
        await sp.GetRequiredService<ISpreadsheetWriter>().WriteAsync(ReportDocumentBuilder.Sheets(view), output, default);
        return output.ToArray();
    });

    private static string Flat(string text) => System.Text.RegularExpressions.Regex.Replace(text, @"\s+", " ");

    [ServiceFact]
    public async Task The_submitted_report_exports_as_a_Decree_30_document_with_its_frozen_figures_and_the_draft_is_marked()
    {
        var (frozen, draft) = await ReportsAsync();

        var docx = await DocxAsync(frozen);
        using (var word = WordprocessingDocument.Open(new MemoryStream(docx), false))
        {
            Assert.Empty(new OpenXmlValidator().Validate(word));
            var body = word.MainDocumentPart!.Document.Body!;
            // Every table of ReportTables once (the proposers and the encouraged people were lost when the violations table was added).
            Assert.Equal(9, body.Elements<DocumentFormat.OpenXml.Wordprocessing.Table>().Count(t => t.InnerText.Contains("Chỉ tiêu")));
            Assert.Contains("15/BC-UBND", body.InnerText);
            Assert.DoesNotContain("DỰ THẢO", body.InnerText);
        }

        var text = Flat(await OfficeConverter.ToPdfTextAsync(docx, ".docx"));
        Assert.Contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", text);
        Assert.Contains("Độc lập - Tự do - Hạnh phúc", text);
        Assert.Contains(frozen.UnitName.ToUpperInvariant(), text);
        Assert.Contains("Số: 15/BC-UBND", text);
        Assert.Contains("Trạm Lộ, ngày 05 tháng 10 năm 2026", text);
        Assert.Contains("BÁO CÁO", text);
        Assert.Contains("I. CÔNG TÁC TRIỂN KHAI THỰC HIỆN", text);
        Assert.Contains("UBND xã đã quán triệt Nghị định số 73", text);
        Assert.Contains("Bảng 1. Tình hình tiếp nhận và xử lý đề xuất", text);
        Assert.Contains("Bảng 5. Cán bộ đề xuất", text);
        Assert.Contains("Bảng 7. Cán bộ được khuyến khích", text);
        Assert.Contains("Bảng 9. Vi phạm Điều 6 Nghị định 73 đã xử lý", text);
        // Section I.2, generated from the frozen figures (never written in this scenario), one line per entry.
        Assert.Contains("2. Ngành, lĩnh vực và nội dung khuyến khích cán bộ năng động, sáng tạo", text);
        Assert.Contains("- Chuyển đổi số: 2 đề xuất;", text);
        Assert.Matches(@"Đề xuất tiếp nhận 4 ", text);
        Assert.Matches(@"Đề xuất được phê duyệt 3 ", text);
        Assert.Matches(@"Không bị xử lý trách nhiệm 1 ", text);
        Assert.Contains("Nơi nhận:", text);
        Assert.Contains("Sở Nội vụ tỉnh Bắc Ninh", text);
        Assert.Contains("KT. CHỦ TỊCH", text);
        Assert.Contains("Đỗ Thị Vân", text);

        var draftText = Flat(await OfficeConverter.ToPdfTextAsync(await DocxAsync(draft), ".docx"));
        Assert.Contains("BÁO CÁO (DỰ THẢO)", draftText);
        Assert.Contains("DỰ THẢO – số liệu tính đến ngày 06/10/2026, chưa chốt.", draftText);
        Assert.Matches(@"Đề xuất tiếp nhận 2 ", draftText);
    }

    [ServiceFact]
    public async Task The_figures_export_as_a_workbook_with_one_sheet_per_table_and_numbers_as_numbers()
    {
        var (frozen, _) = await ReportsAsync();

        var xlsx = await XlsxAsync(frozen);
        using (var book = SpreadsheetDocument.Open(new MemoryStream(xlsx), false))
        {
            Assert.Empty(new OpenXmlValidator().Validate(book));
            var sheets = book.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().ToList();
            // The frame and nine figure tables, the Art. 6 violations handled among them.
            Assert.Equal(10, sheets.Count);
            Assert.Equal("Thông tin báo cáo", sheets[0].Name!.Value);
            Assert.StartsWith("1. Tình hình tiếp nhận", sheets[1].Name!.Value);
            var part = (WorksheetPart)book.WorkbookPart.GetPartById(sheets[1].Id!.Value!);
            var received = part.Worksheet.Descendants<Cell>().Single(c => c.CellReference == "B2");
            Assert.True(received.DataType is null || received.DataType.Value == CellValues.Number);
            Assert.Equal("4", received.CellValue!.Text);
            Assert.NotEmpty(part.Worksheet.Descendants<Column>());
        }

        var text = Flat(await OfficeConverter.ToPdfTextAsync(xlsx, ".xlsx"));
        Assert.Contains("Đề xuất tiếp nhận 4", text);
        Assert.Contains("Đánh giá hoàn thành 1", text);
    }
}
