using Decree73.Application.Documents;
using Decree73.Infrastructure.Documents.Xlsx;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using Microsoft.Extensions.Logging.Abstractions;
using Xunit;
using SheetData = Decree73.Application.Documents.SheetData;

namespace Decree73.IntegrationTests.Documents;

/// <summary>The report figures .xlsx reopened with the OpenXml SDK.</summary>
public sealed class XlsxExportTests
{
    internal static async Task<byte[]> WriteAsync(IEnumerable<SheetData> sheets)
    {
        using var output = new MemoryStream();
        await new SpreadsheetWriter(NullLogger<SpreadsheetWriter>.Instance).WriteAsync(sheets, output);
        return output.ToArray();
    }

    [Fact]
    public async Task Sheets_get_valid_unique_names_in_order()
    {
        using var xlsx = SpreadsheetDocument.Open(new MemoryStream(await WriteAsync(SampleSheets.Create())), false);

        var names = xlsx.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value).ToList();
        Assert.Equal(["Đề xuất theo đơn vị - quý -I-", "Đề xuất theo đơn vị - quý - (2)"], names);
    }

    [Fact]
    public async Task Numbers_are_numeric_cells_with_a_number_format_and_no_shared_strings()
    {
        using var xlsx = SpreadsheetDocument.Open(new MemoryStream(await WriteAsync(SampleSheets.Create())), false);

        Assert.Null(xlsx.WorkbookPart!.SharedStringTablePart);
        var count = CellAt(xlsx, "B2");
        Assert.Null(count.DataType);
        Assert.Equal("1250", count.CellValue!.Text);
        Assert.Equal(3u, FormatOf(xlsx, count).NumberFormatId!.Value); // #,##0
        var amount = CellAt(xlsx, "C2");
        Assert.Null(amount.DataType);
        Assert.Equal("1250.5", amount.CellValue!.Text);
        Assert.Equal("0.25", CellAt(xlsx, "E2").CellValue!.Text);
        Assert.Equal(10u, FormatOf(xlsx, CellAt(xlsx, "E2")).NumberFormatId!.Value); // 0.00%
        Assert.DoesNotContain(Rows(xlsx)[2].Elements<Cell>(), c => c.CellReference == "C3"); // the null amount
    }

    [Fact]
    public async Task Dates_are_date_serials_shown_as_dd_mm_yyyy()
    {
        using var xlsx = SpreadsheetDocument.Open(new MemoryStream(await WriteAsync(SampleSheets.Create())), false);

        var date = CellAt(xlsx, "D2");
        Assert.Null(date.DataType);
        Assert.Equal(new DateTime(2026, 1, 5).ToOADate().ToString(System.Globalization.CultureInfo.InvariantCulture), date.CellValue!.Text);
        Assert.Equal(new DateTime(2026, 3, 31).ToOADate().ToString(System.Globalization.CultureInfo.InvariantCulture), CellAt(xlsx, "D3").CellValue!.Text);
        var formatId = FormatOf(xlsx, date).NumberFormatId!.Value;
        var format = xlsx.WorkbookPart!.WorkbookStylesPart!.Stylesheet.NumberingFormats!.Elements<NumberingFormat>().Single(f => f.NumberFormatId! == formatId);
        Assert.Equal("dd/mm/yyyy", format.FormatCode!.Value);
    }

    [Fact]
    public async Task Header_is_bold_frozen_and_columns_have_their_widths()
    {
        using var xlsx = SpreadsheetDocument.Open(new MemoryStream(await WriteAsync(SampleSheets.Create())), false);
        var worksheet = FirstSheet(xlsx).Worksheet;

        Assert.Equal([40d, 12d, 16d, 14d, 12d], worksheet.GetFirstChild<Columns>()!.Elements<Column>().Select(c => c.Width!.Value));
        var pane = worksheet.Descendants<Pane>().Single();
        Assert.Equal(PaneStateValues.Frozen, pane.State!.Value);
        Assert.Equal("A2", pane.TopLeftCell!.Value);
        var header = Rows(xlsx)[0].Elements<Cell>().ToList();
        Assert.Equal(["Đơn vị", "Tiếp nhận", "Kinh phí (triệu đồng)", "Ngày báo cáo", "Tỷ lệ chấp thuận"], header.Select(c => c.InnerText));
        var font = xlsx.WorkbookPart!.WorkbookStylesPart!.Stylesheet.Fonts!.Elements<Font>().ElementAt((int)FormatOf(xlsx, header[0]).FontId!.Value);
        Assert.NotNull(font.GetFirstChild<Bold>());
    }

    [Fact]
    public async Task Workbook_is_valid_Office_Open_XML()
    {
        using var xlsx = SpreadsheetDocument.Open(new MemoryStream(await WriteAsync(SampleSheets.Create())), false);

        var errors = new OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Office2013).Validate(xlsx)
            .Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();

        Assert.Empty(errors);
    }

    [Fact]
    public async Task A_report_table_becomes_a_sheet_whose_figures_are_numbers()
    {
        var table = SampleReport.Create().Body.OfType<DocumentTable>().Single();

        using var xlsx = SpreadsheetDocument.Open(new MemoryStream(await WriteAsync([TableSheets.FromTable(table)])), false);

        Assert.Equal("Bảng 1. Số đề xuất theo đơn vị", xlsx.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Single().Name!.Value);
        Assert.Equal("Văn phòng HĐND và UBND", CellAt(xlsx, "B2").InnerText);
        Assert.Equal("14", CellAt(xlsx, "C2").CellValue!.Text);
        Assert.Null(CellAt(xlsx, "C2").DataType);
        Assert.Equal("1336.5", CellAt(xlsx, "E4").CellValue!.Text);
        Assert.Equal(4u, FormatOf(xlsx, CellAt(xlsx, "E4")).NumberFormatId!.Value); // #,##0.00
    }

    [Fact]
    public async Task A_value_that_does_not_fit_its_column_is_refused()
    {
        var sheet = new SheetData("Số liệu", [new SheetColumn("Tiếp nhận", 10, ColumnKind.Integer)], [["mười hai"]]);

        var error = await Assert.ThrowsAsync<ArgumentException>(() => WriteAsync([sheet]));

        Assert.Contains("Tiếp nhận", error.Message);
    }

    [Fact]
    public async Task A_fraction_in_an_integer_column_is_refused()
    {
        var sheet = new SheetData("Số liệu", [new SheetColumn("Tiếp nhận", 10, ColumnKind.Integer)], [[12.5m]]);

        await Assert.ThrowsAsync<ArgumentException>(() => WriteAsync([sheet]));
    }

    private static WorksheetPart FirstSheet(SpreadsheetDocument xlsx)
    {
        var first = xlsx.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().First();
        return (WorksheetPart)xlsx.WorkbookPart.GetPartById(first.Id!.Value!);
    }

    private static List<Row> Rows(SpreadsheetDocument xlsx) => FirstSheet(xlsx).Worksheet.Descendants<Row>().ToList();

    private static Cell CellAt(SpreadsheetDocument xlsx, string reference) =>
        FirstSheet(xlsx).Worksheet.Descendants<Cell>().Single(c => c.CellReference == reference);

    private static CellFormat FormatOf(SpreadsheetDocument xlsx, Cell cell) =>
        xlsx.WorkbookPart!.WorkbookStylesPart!.Stylesheet.CellFormats!.Elements<CellFormat>().ElementAt((int)(cell.StyleIndex?.Value ?? 0));
}
