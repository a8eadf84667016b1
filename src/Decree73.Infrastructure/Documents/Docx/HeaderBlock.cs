using Decree73.Application.Documents;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Decree73.Infrastructure.Documents.Docx;

/// <summary>
/// The top of the first page (Decree 30/2020/NĐ-CP, Appendix I): issuing body left, national title and motto right,
/// then the number left and the place and date right, then the title and summary centred.
/// </summary>
internal static class HeaderBlock
{
    public const string NationalTitle = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
    public const string Motto = "Độc lập - Tự do - Hạnh phúc";
    public const string NumberLabel = "Số: ";

    private const int LeftWidth = 3600;

    public static IEnumerable<OpenXmlElement> Create(OfficialDocument doc)
    {
        yield return LayoutTable.Create(
            LeftWidth,
            LayoutTable.Row(LeftWidth, IssuingBody(doc), NationalTitleAndMotto()),
            LayoutTable.Row(
                LeftWidth,
                [Paragraphs.Text(NumberLabel + doc.NumberAndSymbol, new TextStyle(Size: 13, Align: JustificationValues.Center, Before: 120))],
                [Paragraphs.Text(doc.PlaceAndDateLine, new TextStyle(Italic: true, Align: JustificationValues.Center, Before: 120))]));

        yield return Paragraphs.Text(doc.Title, TextStyle.CenteredBold with { Before = 480 });
        if (!string.IsNullOrWhiteSpace(doc.Summary))
        {
            yield return Paragraphs.Text(doc.Summary, TextStyle.CenteredBold);
        }

        yield return Paragraphs.Rule(leftIndent: 3400, rightIndent: 3400);
        yield return Paragraphs.Text(null, new TextStyle(After: 240));
    }

    private static IEnumerable<OpenXmlElement> IssuingBody(OfficialDocument doc)
    {
        if (!string.IsNullOrWhiteSpace(doc.ParentIssuingBody))
        {
            yield return Paragraphs.Text(doc.ParentIssuingBody, new TextStyle(Size: 13, Align: JustificationValues.Center));
        }

        yield return Paragraphs.Text(doc.IssuingBody, new TextStyle(Size: 13, Bold: true, Align: JustificationValues.Center));
        yield return Paragraphs.Rule(leftIndent: 1150, rightIndent: 1150);
    }

    private static IEnumerable<OpenXmlElement> NationalTitleAndMotto()
    {
        yield return Paragraphs.Text(NationalTitle, new TextStyle(Size: 13, Bold: true, Align: JustificationValues.Center));
        yield return Paragraphs.Text(Motto, TextStyle.CenteredBold);
        yield return Paragraphs.Rule(leftIndent: 1100, rightIndent: 1100);
    }
}
