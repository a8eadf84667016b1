using Decree73.TestSupport;
using Xunit;

namespace Decree73.IntegrationTests.Documents;

/// <summary>The figures .xlsx opened by LibreOffice Calc and saved as CSV "as shown": what a user sees in the cells.</summary>
[RequiresLibreOffice]
public sealed class XlsxPrintTests
{
    // Comma-separated, UTF-8 (76), every sheet (-1), cell contents as shown (the ninth token).
    private const string CsvAsShown = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1";

    [ServiceFact]
    public async Task Calc_shows_the_figures_as_formatted_numbers_and_the_dates_as_dd_mm_yyyy_on_every_sheet()
    {
        using var work = new TempDirectory();
        var input = Path.Combine(work.Path, "figures.xlsx");
        await File.WriteAllBytesAsync(input, await XlsxExportTests.WriteAsync(SampleSheets.Create()));

        var files = await OfficeConverter.ConvertAsync(input, CsvAsShown, work.Path);

        Assert.Equal(2, files.Count);
        var first = await File.ReadAllTextAsync(files.Single(f => f.EndsWith("-I-.csv", StringComparison.Ordinal)));
        Assert.Contains("Đơn vị,Tiếp nhận,Kinh phí (triệu đồng),Ngày báo cáo,Tỷ lệ chấp thuận", first);
        // Grouping and two decimals appear only when a number format meets a numeric cell; text would stay "1250".
        Assert.Matches(@"Văn phòng HĐND và UBND,""?1[,.]250""?,""?1[,.]250[.,]50""?,05/01/2026,25[.,]00%", first);
        Assert.Contains(",31/03/2026,", first);
        var second = await File.ReadAllTextAsync(files.Single(f => f.EndsWith("(2).csv", StringComparison.Ordinal)));
        Assert.Matches(@"Phường Trạm Lộ,3,12[.,]75,05/01/2026,100[.,]00%", second);
    }
}
