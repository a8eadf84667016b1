using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using Decree73.Application.Documents;
using Decree73.Infrastructure.Documents.Xlsx;
using Decree73.TestSupport;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.Extensions.Logging.Abstractions;
using Xunit;

namespace Decree73.IntegrationTests.Documents;

/// <summary>Long lists streamed to .xlsx and .csv from an async sequence, into an output that takes only async writes.</summary>
public sealed class TabularExportTests
{
    private const int RowCount = 100_000;

    private static readonly SheetColumn[] Columns =
    [
        new("Mã đề xuất", 14), new("Số thứ tự", 10, ColumnKind.Integer), new("Kinh phí", 14, ColumnKind.Decimal),
        new("Ngày gửi", 12, ColumnKind.Date), new("Tên đề xuất", 60),
    ];

    private readonly TabularExportWriter writer = new(NullLogger<TabularExportWriter>.Instance);

    [Fact]
    public async Task Hundred_thousand_rows_stream_to_xlsx_while_the_rows_are_still_being_read()
    {
        using var work = new TempDirectory();
        var path = Path.Combine(work.Path, "list.xlsx");
        long bytesOutBeforeLastRow;
        await using (var file = File.Create(path))
        {
            var output = new AsyncOnlyStream(file);
            var rows = new ObservedRows(output);
            await writer.WriteXlsxAsync("Danh sách đề xuất", Columns, rows.Read(RowCount), output, CancellationToken.None);
            bytesOutBeforeLastRow = rows.BytesOutBeforeLastRow;
        }

        Assert.True(bytesOutBeforeLastRow > 0, "the workbook should leave in pieces while rows are still coming");
        using var xlsx = SpreadsheetDocument.Open(path, false);
        Assert.Equal("Danh sách đề xuất", xlsx.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Single().Name!.Value);
        var (rowsRead, cell) = CountRows(xlsx.WorkbookPart.WorksheetParts.Single(), "B50001");
        Assert.Equal(RowCount + 1, rowsRead);
        Assert.Null(cell!.DataType);
        Assert.Equal("50000", cell.CellValue!.Text);
    }

    [Fact]
    public async Task Hundred_thousand_rows_stream_to_csv_with_a_byte_order_mark_and_one_line_per_row()
    {
        using var work = new TempDirectory();
        var path = Path.Combine(work.Path, "list.csv");
        long bytesOutBeforeLastRow;
        await using (var file = File.Create(path))
        {
            var output = new AsyncOnlyStream(file);
            var rows = new ObservedRows(output);
            await writer.WriteCsvAsync(Columns, rows.Read(RowCount), output, CancellationToken.None);
            bytesOutBeforeLastRow = rows.BytesOutBeforeLastRow;
        }

        Assert.True(bytesOutBeforeLastRow > 0, "the CSV should leave in pieces while rows are still coming");
        var bytes = await File.ReadAllBytesAsync(path);
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(RowCount + 1, lines.Length);
        Assert.Equal("Mã đề xuất,Số thứ tự,Kinh phí,Ngày gửi,Tên đề xuất", lines[0]);
        Assert.Equal("ĐX-050000,50000,1250000.5,2026-01-05,\"Cải tiến quy trình số 50000, phường Trạm Lộ\"", lines[50000]);
    }

    [Fact]
    public async Task Csv_defuses_text_that_a_spreadsheet_would_run_as_a_formula_but_keeps_negative_numbers()
    {
        SheetColumn[] columns = [new("Tên", 20), new("Chênh lệch", 10, ColumnKind.Integer), new("Tỷ lệ", 10, ColumnKind.Percent)];
        using var output = new MemoryStream();

        await writer.WriteCsvAsync(columns, Rows(["=HYPERLINK(\"http://x\")", -5, 0.125m], ["@SUM(A1)", null, null], ["-Ghi chú", 0, 1]), output, CancellationToken.None);

        var lines = Encoding.UTF8.GetString(output.ToArray()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("\"'=HYPERLINK(\"\"http://x\"\")\",-5,0.125", lines[1]);
        Assert.Equal("'@SUM(A1),,", lines[2]);
        Assert.Equal("'-Ghi chú,0,1", lines[3]);
    }

    [Fact]
    public async Task A_row_with_the_wrong_number_of_values_is_refused()
    {
        using var output = new MemoryStream();

        var error = await Assert.ThrowsAsync<ArgumentException>(
            () => writer.WriteXlsxAsync("Danh sách", Columns, Rows(["ĐX-1", 1]), output, CancellationToken.None));

        Assert.Contains("Row 1 has 2 values for 5 columns", error.Message);
    }

    private static (int Rows, Cell? Cell) CountRows(WorksheetPart part, string reference)
    {
        var rows = 0;
        Cell? found = null;
        using var reader = OpenXmlReader.Create(part);
        while (reader.Read())
        {
            if (reader.ElementType == typeof(Row) && reader.IsStartElement)
            {
                rows++;
            }
            else if (reader.ElementType == typeof(Cell) && reader.IsStartElement
                && reader.Attributes.Any(a => a.LocalName == "r" && a.Value == reference))
            {
                found = (Cell)reader.LoadCurrentElement()!;
            }
        }

        return (rows, found);
    }

    private static async IAsyncEnumerable<object?[]> Rows(params object?[][] rows)
    {
        foreach (var row in rows)
        {
            await Task.Yield();
            yield return row;
        }
    }

    /// <summary>Produces rows lazily and notes how much output had left when the last row was asked for.</summary>
    private sealed class ObservedRows(AsyncOnlyStream output)
    {
        public long BytesOutBeforeLastRow { get; private set; }

        public async IAsyncEnumerable<object?[]> Read(int count, [EnumeratorCancellation] CancellationToken ct = default)
        {
            for (var i = 1; i <= count; i++)
            {
                if (i % 10_000 == 0)
                {
                    await Task.Yield();
                }

                if (i == count)
                {
                    BytesOutBeforeLastRow = output.BytesWritten;
                }

                ct.ThrowIfCancellationRequested();
                yield return
                [
                    "ĐX-" + i.ToString("000000", CultureInfo.InvariantCulture), i, 1_250_000.5m, new DateOnly(2026, 1, 5),
                    $"Cải tiến quy trình số {i}, phường Trạm Lộ",
                ];
            }
        }
    }
}
