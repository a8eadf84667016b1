using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Decree73.Infrastructure.Documents.Docx;

/// <summary>
/// Decree 30/2020/NĐ-CP: page numbers in Arabic figures, 13–14 pt upright, centred in the top margin, not shown on
/// the first page. A PAGE field in the default header, and an empty header for the first page.
/// </summary>
internal static class PageNumbers
{
    /// <returns>The relationship ids of the default header and the (empty) first-page header.</returns>
    public static (string Default, string First) AddHeaders(MainDocumentPart main)
    {
        var numbered = main.AddNewPart<HeaderPart>();
        numbered.Header = new Header(new Paragraph(
            new ParagraphProperties(new Justification { Val = JustificationValues.Center }),
            new SimpleField(new Run(new Text("1"))) { Instruction = " PAGE " }));

        var first = main.AddNewPart<HeaderPart>();
        first.Header = new Header(new Paragraph());
        return (main.GetIdOfPart(numbered), main.GetIdOfPart(first));
    }
}
