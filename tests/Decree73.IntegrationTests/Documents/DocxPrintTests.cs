using Decree73.TestSupport;
using Xunit;

namespace Decree73.IntegrationTests.Documents;

/// <summary>
/// The report .docx opened by LibreOffice, printed to PDF and read back: what a user would see. Vietnamese letters
/// must survive, and Times New Roman must be printed in it or its metric twin Liberation Serif.
/// </summary>
[RequiresLibreOffice]
public sealed class DocxPrintTests
{
    [ServiceFact]
    public async Task Printed_report_shows_the_Vietnamese_header_title_figures_and_signer()
    {
        var text = await OfficeConverter.ToPdfTextAsync(await DocxExportTests.WriteAsync(SampleReport.Create()), ".docx");

        Assert.Contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", text);
        Assert.Contains("Độc lập - Tự do - Hạnh phúc", text);
        Assert.Contains("UBND PHƯỜNG TRẠM LỘ", text);
        Assert.Contains("Số: 12/BC-UBND", text);
        Assert.Contains("Trạm Lộ, ngày 05 tháng 01 năm 2026", text);
        Assert.Contains("BÁO CÁO", text);
        Assert.Contains("Kết quả thực hiện Nghị định số 73/2023/NĐ-CP năm 2025", text);
        Assert.Matches(@"Văn phòng HĐND và UBND\s+14\s+9\s+1\.250,5", text);
        Assert.Matches(@"Tổng cộng\s+21\s+12\s+1\.336,5", text);
        Assert.Contains("Nơi nhận:", text);
        Assert.Contains("TM. ỦY BAN NHÂN DÂN", text);
        Assert.Contains(SampleReport.SignerName, text);
    }

    [ServiceFact]
    public async Task Printed_report_is_A4_in_Times_New_Roman_or_Liberation_Serif_with_the_signer_block_on_one_page()
    {
        using var work = new TempDirectory();
        var pdf = await OfficeConverter.ToPdfAsync(await DocxExportTests.WriteAsync(SampleReport.Create()), ".docx", work.Path);

        Assert.Matches(@"Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)", await OfficeConverter.PdfInfoAsync(pdf));
        Assert.Matches("LiberationSerif|TimesNewRoman", await OfficeConverter.PdfFontsAsync(pdf));
        var pages = (await OfficeConverter.PdfTextAsync(pdf)).Split('\f');
        var signerPage = Assert.Single(pages, p => p.Contains("TM. ỦY BAN NHÂN DÂN", StringComparison.Ordinal));
        Assert.Contains("Nơi nhận:", signerPage);
        Assert.Contains(SampleReport.SignerName, signerPage);

        // The sample runs onto a second page: numbered "2" at its top, while the first page shows no number.
        Assert.True(pages.Length >= 2, "the sample report is expected to fill more than one page");
        Assert.StartsWith("2", pages[1].TrimStart());
        Assert.StartsWith("UBND TỈNH BẮC NINH", pages[0].TrimStart());
    }
}
