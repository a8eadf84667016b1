using System.Net;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Decree73.TestSupport;
using Xunit;
using static Decree73.WebTests.ProposalScenarios;

namespace Decree73.WebTests;

/// <summary>"Xuất Excel" and "Xuất CSV" on /Proposals: the list's filters and visibility, streamed to a file.</summary>
public sealed class ProposalExportTests(SqliteWebAppFactory factory) : IClassFixture<SqliteWebAppFactory>
{
    /// <summary>Two proposals of Trạm Lộ (one submitted, one in progress) and one of Phật Tích, all titled with <paramref name="word"/>.</summary>
    private async Task ProposalsAsync(string word)
    {
        await factory.ProposalAtAsync(Stage.Submitted, $"Xuất {word} hồ sơ một");
        await factory.ProposalAtAsync(Stage.InProgress, $"Xuất {word} hồ sơ hai");
        await factory.ProposalAtAsync(Stage.Submitted, $"Xuất {word} của Phật Tích", OtherProposerEmail);
    }

    [Fact]
    public async Task The_list_page_offers_both_exports_with_the_current_filters()
    {
        var client = await factory.ClientAsync(WardMonitorEmail);
        var page = await client.GetDocumentAsync("/Proposals?q=ki%E1%BB%83m&state=Submitted");
        var links = page.QuerySelectorAll("a.export").Select(a => (a.TextContent.Trim(), a.GetAttribute("href")!)).ToList();
        Assert.Equal(["Xuất Excel", "Xuất CSV"], links.Select(l => l.Item1).ToArray());
        Assert.All(links, l => Assert.Contains("q=ki%E1%BB%83m", l.Item2, StringComparison.Ordinal));
        Assert.All(links, l => Assert.Contains("state=Submitted", l.Item2, StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_csv_holds_the_filtered_rows_the_user_may_read_and_nothing_else()
    {
        await ProposalsAsync("csvtest");
        var head = await factory.ClientAsync(HeadEmail);

        var response = await head.GetAsync("/Proposals?handler=Export&format=csv&q=csvtest");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains(".csv", response.Content.Headers.ContentDisposition!.FileNameStar ?? response.Content.Headers.ContentDisposition.FileName, StringComparison.Ordinal);
        var text = Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync()).TrimStart('\uFEFF');
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToList();
        Assert.StartsWith("Số tiếp nhận,Tên đề xuất,Trạng thái", lines[0], StringComparison.Ordinal);
        Assert.Equal(3, lines.Count);
        Assert.Contains(lines, l => l.Contains("Xuất csvtest hồ sơ hai", StringComparison.Ordinal) && l.Contains("Đang triển khai", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("Xuất csvtest hồ sơ một", StringComparison.Ordinal) && l.Contains("Đã tiếp nhận", StringComparison.Ordinal));
        Assert.DoesNotContain("Phật Tích", text, StringComparison.Ordinal);

        // A filter narrows the file exactly like the list.
        var submittedOnly = Encoding.UTF8.GetString(await head.GetByteArrayAsync("/Proposals?handler=Export&format=csv&q=csvtest&state=InProgress"));
        Assert.Contains("Xuất csvtest hồ sơ hai", submittedOnly, StringComparison.Ordinal);
        Assert.DoesNotContain("Xuất csvtest hồ sơ một", submittedOnly, StringComparison.Ordinal);

        // The other ward's proposer sees only their own.
        var otherProposer = await factory.ClientAsync(OtherProposerEmail);
        var theirs = Encoding.UTF8.GetString(await otherProposer.GetByteArrayAsync("/Proposals?handler=Export&format=csv&q=csvtest"));
        Assert.Contains("Xuất csvtest của Phật Tích", theirs, StringComparison.Ordinal);
        Assert.DoesNotContain("hồ sơ một", theirs, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_xlsx_is_a_worksheet_of_the_same_rows_with_real_dates()
    {
        await ProposalsAsync("xlsxtest");
        var monitor = await factory.ClientAsync(WardMonitorEmail);

        var response = await monitor.GetAsync("/Proposals?handler=Export&format=xlsx&q=xlsxtest");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType!.MediaType);
        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        using var document = SpreadsheetDocument.Open(stream, false);
        var workbook = document.WorkbookPart!;
        var sheet = workbook.WorksheetParts.Single().Worksheet;
        var rows = sheet.Descendants<Row>().Select(r => r.Elements<Cell>().Select(c => Text(workbook, c)).ToList()).ToList();
        Assert.Equal("Số tiếp nhận", rows[0][0]);
        Assert.Equal("Tên đề xuất", rows[0][1]);
        Assert.Equal(3, rows.Count);
        Assert.Equal(["Xuất xlsxtest hồ sơ hai", "Xuất xlsxtest hồ sơ một"], rows.Skip(1).Select(r => r[1]).ToArray());
        Assert.DoesNotContain(rows, r => r.Any(v => v.Contains("Phật Tích", StringComparison.Ordinal)));
        var receivedCell = sheet.Descendants<Row>().Skip(1).First().Elements<Cell>().ElementAt(7);
        Assert.True(receivedCell.DataType is null || receivedCell.DataType.Value == CellValues.Number, "The receipt date is a number Excel can sort.");
        Assert.True(double.TryParse(receivedCell.CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture, out var serial) && serial > 45000);
    }

    [Fact]
    public async Task An_unknown_format_is_not_found()
    {
        var head = await factory.ClientAsync(HeadEmail);
        Assert.Equal(HttpStatusCode.NotFound, (await head.GetAsync("/Proposals?handler=Export&format=pdf")).StatusCode);
    }

    private static string Text(WorkbookPart workbook, Cell cell)
    {
        if (cell.DataType?.Value == CellValues.SharedString)
        {
            return workbook.SharedStringTablePart!.SharedStringTable.ElementAt(int.Parse(cell.CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture)).InnerText;
        }

        return cell.DataType?.Value == CellValues.InlineString ? cell.InlineString!.InnerText : cell.CellValue?.Text ?? "";
    }
}
