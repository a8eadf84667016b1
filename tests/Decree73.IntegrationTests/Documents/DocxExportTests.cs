using Decree73.Application.Documents;
using Decree73.Infrastructure.Documents.Docx;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using Microsoft.Extensions.Logging.Abstractions;
using Xunit;
using TableCell = DocumentFormat.OpenXml.Wordprocessing.TableCell;

namespace Decree73.IntegrationTests.Documents;

/// <summary>The report .docx reopened with the OpenXml SDK: Decree 30 page, font and the parts of the layout.</summary>
public sealed class DocxExportTests
{
    internal static async Task<byte[]> WriteAsync(OfficialDocument doc)
    {
        using var output = new MemoryStream();
        await new OfficialDocumentWriter(NullLogger<OfficialDocumentWriter>.Instance).WriteDocxAsync(doc, output, CancellationToken.None);
        return output.ToArray();
    }

    [Fact]
    public async Task Report_is_A4_with_the_Decree_30_margins()
    {
        using var word = WordprocessingDocument.Open(new MemoryStream(await WriteAsync(SampleReport.Create())), false);

        var section = word.MainDocumentPart!.Document.Body!.Elements<SectionProperties>().Single();
        var size = section.GetFirstChild<PageSize>()!;
        Assert.Equal(11906u, size.Width!.Value);
        Assert.Equal(16838u, size.Height!.Value);
        var margin = section.GetFirstChild<PageMargin>()!;
        Assert.InRange(Millimetres(margin.Left!.Value), 30, 35);
        Assert.InRange(Millimetres(margin.Right!.Value), 15, 20);
        Assert.InRange(Millimetres((uint)margin.Top!.Value), 20, 25);
        Assert.InRange(Millimetres((uint)margin.Bottom!.Value), 20, 25);
    }

    [Fact]
    public async Task Pages_after_the_first_are_numbered_in_the_top_margin()
    {
        using var word = WordprocessingDocument.Open(new MemoryStream(await WriteAsync(SampleReport.Create())), false);

        var section = word.MainDocumentPart!.Document.Body!.Elements<SectionProperties>().Single();
        Assert.NotNull(section.GetFirstChild<TitlePage>());
        var references = section.Elements<HeaderReference>().ToDictionary(r => r.Type!.Value, r => r.Id!.Value!);
        var numbered = (HeaderPart)word.MainDocumentPart.GetPartById(references[HeaderFooterValues.Default]);
        Assert.Equal(" PAGE ", numbered.Header.Descendants<SimpleField>().Single().Instruction!.Value);
        var first = (HeaderPart)word.MainDocumentPart.GetPartById(references[HeaderFooterValues.First]);
        Assert.Empty(first.Header.Descendants<SimpleField>());
    }

    [Fact]
    public async Task Report_is_set_in_Times_New_Roman_14_with_13_point_tables()
    {
        using var word = WordprocessingDocument.Open(new MemoryStream(await WriteAsync(SampleReport.Create())), false);

        var defaults = word.MainDocumentPart!.StyleDefinitionsPart!.Styles!.DocDefaults!.RunPropertiesDefault!.RunPropertiesBaseStyle!;
        Assert.Equal("Times New Roman", defaults.RunFonts!.Ascii!.Value);
        Assert.Equal("Times New Roman", defaults.RunFonts.HighAnsi!.Value);
        Assert.Equal("28", defaults.FontSize!.Val!.Value);
        var tableRuns = DataTableOf(word).Descendants<Run>().ToList();
        Assert.NotEmpty(tableRuns);
        Assert.All(tableRuns, r => Assert.Equal("26", r.RunProperties!.FontSize!.Val!.Value));
    }

    [Fact]
    public async Task Report_has_the_header_title_body_recipients_and_signer_from_the_model()
    {
        using var word = WordprocessingDocument.Open(new MemoryStream(await WriteAsync(SampleReport.Create())), false);
        var paragraphs = word.MainDocumentPart!.Document.Body!.Descendants<Paragraph>().Select(p => p.InnerText).ToList();

        Assert.Contains("UBND TỈNH BẮC NINH", paragraphs);
        Assert.Contains("UBND PHƯỜNG TRẠM LỘ", paragraphs);
        Assert.Contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", paragraphs);
        Assert.Contains("Độc lập - Tự do - Hạnh phúc", paragraphs);
        Assert.Contains("Số: 12/BC-UBND", paragraphs);
        Assert.Contains("Trạm Lộ, ngày 05 tháng 01 năm 2026", paragraphs);
        Assert.Contains("BÁO CÁO", paragraphs);
        Assert.Contains("Kết quả thực hiện Nghị định số 73/2023/NĐ-CP năm 2025", paragraphs);
        Assert.Contains("I. CÔNG TÁC TRIỂN KHAI THỰC HIỆN", paragraphs);
        Assert.Contains("Nơi nhận:", paragraphs);
        Assert.Contains("- Sở Nội vụ;", paragraphs);
        Assert.Contains("TM. ỦY BAN NHÂN DÂN", paragraphs);
        Assert.Contains("CHỦ TỊCH", paragraphs);
        Assert.Contains(SampleReport.SignerName, paragraphs);

        // The order of the parts on the page.
        Assert.True(paragraphs.IndexOf("Số: 12/BC-UBND") < paragraphs.IndexOf("BÁO CÁO"));
        Assert.True(paragraphs.IndexOf("BÁO CÁO") < paragraphs.IndexOf("I. CÔNG TÁC TRIỂN KHAI THỰC HIỆN"));
        Assert.True(paragraphs.IndexOf("Nơi nhận:") > paragraphs.IndexOf("III. ĐÁNH GIÁ CHUNG"));

        var signer = word.MainDocumentPart.Document.Body.Descendants<Paragraph>().Single(p => p.InnerText == SampleReport.SignerName);
        Assert.NotNull(signer.Descendants<Bold>().FirstOrDefault());
        var date = word.MainDocumentPart.Document.Body.Descendants<Paragraph>().Single(p => p.InnerText.StartsWith("Trạm Lộ, ngày", StringComparison.Ordinal));
        Assert.NotNull(date.Descendants<Italic>().FirstOrDefault());
        Assert.Equal("BÁO CÁO Kết quả thực hiện Nghị định số 73/2023/NĐ-CP năm 2025", word.PackageProperties.Title);
    }

    [Fact]
    public async Task Report_table_has_a_repeating_bold_header_Vietnamese_numbers_and_the_total()
    {
        using var word = WordprocessingDocument.Open(new MemoryStream(await WriteAsync(SampleReport.Create())), false);
        var rows = DataTableOf(word).Elements<TableRow>().ToList();

        Assert.Equal(4, rows.Count);
        Assert.NotNull(rows[0].TableRowProperties!.GetFirstChild<TableHeader>());
        Assert.Equal(["STT", "Đơn vị", "Tiếp nhận", "Được chấp thuận", "Kinh phí (triệu đồng)"], Cells(rows[0]));
        Assert.Equal(["1", "Văn phòng HĐND và UBND", "14", "9", "1.250,5"], Cells(rows[1]));
        Assert.Equal(["", "Tổng cộng", "21", "12", "1.336,5"], Cells(rows[3]));
        Assert.All(rows[0].Descendants<Run>(), r => Assert.NotNull(r.RunProperties!.Bold));
        Assert.All(rows[3].Descendants<Run>(), r => Assert.NotNull(r.RunProperties!.Bold));
        var figure = rows[1].Elements<TableCell>().ElementAt(4).Descendants<Justification>().Single();
        Assert.Equal(JustificationValues.Right, figure.Val!.Value);
        Assert.Single(DataTableOf(word).Elements<TableProperties>().Single().Descendants<InsideHorizontalBorder>(), b => b.Val!.Value == BorderValues.Single);
    }

    [Fact]
    public async Task Report_is_valid_Office_Open_XML()
    {
        using var word = WordprocessingDocument.Open(new MemoryStream(await WriteAsync(SampleReport.Create())), false);

        var errors = new OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Office2013).Validate(word)
            .Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();

        Assert.Empty(errors);
    }

    [Fact]
    public async Task Text_pasted_with_control_characters_is_written_without_them()
    {
        var doc = SampleReport.Create() with { Body = [new DocumentParagraph("Đề xuất\vmới\u0001 số 7")] };

        using var word = WordprocessingDocument.Open(new MemoryStream(await WriteAsync(doc)), false);

        Assert.Contains(word.MainDocumentPart!.Document.Body!.Descendants<Paragraph>(), p => p.InnerText == "Đề xuấtmới số 7");
    }

    [Fact]
    public async Task Report_without_parent_body_or_authority_line_leaves_them_out()
    {
        var doc = SampleReport.Create() with
        {
            ParentIssuingBody = null, IssuingBody = "SỞ NỘI VỤ", Signer = new SignerBlock(null, "GIÁM ĐỐC", "Trần Văn Bình"),
        };

        using var word = WordprocessingDocument.Open(new MemoryStream(await WriteAsync(doc)), false);
        var paragraphs = word.MainDocumentPart!.Document.Body!.Descendants<Paragraph>().Select(p => p.InnerText).ToList();

        Assert.DoesNotContain("UBND TỈNH BẮC NINH", paragraphs);
        Assert.DoesNotContain("TM. ỦY BAN NHÂN DÂN", paragraphs);
        Assert.Contains("SỞ NỘI VỤ", paragraphs);
        Assert.Equal(paragraphs.IndexOf("GIÁM ĐỐC") + 1, paragraphs.IndexOf("Trần Văn Bình"));
    }

    private static Table DataTableOf(WordprocessingDocument word) =>
        word.MainDocumentPart!.Document.Body!.Elements<Table>().Single(t => t.InnerText.Contains("Tổng cộng", StringComparison.Ordinal));

    private static string[] Cells(TableRow row) => row.Elements<TableCell>().Select(c => c.InnerText).ToArray();

    private static double Millimetres(uint twips) => twips * 25.4 / 1440;
}
