using Decree73.Application.Documents;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Decree73.Infrastructure.Documents.Docx;

/// <summary>The body: justified 14 pt paragraphs with a 1 cm first-line indent and 6 pt after, headings, tables.</summary>
internal static class BodyBlocks
{
    private static readonly TextStyle Body = new(Align: JustificationValues.Both, After: 120, FirstLine: 567);

    public static IEnumerable<OpenXmlElement> Create(IEnumerable<DocumentBlock> blocks)
    {
        foreach (var block in blocks)
        {
            switch (block)
            {
                case DocumentHeading heading:
                    var style = heading.Level == 1 ? DocumentStyles.Heading1 : DocumentStyles.Heading2;
                    yield return Paragraphs.Text(heading.Text, Body with { Bold = true, Italic = heading.Level == 2, Before = 120, StyleId = style });
                    break;
                case DocumentParagraph paragraph:
                    // One paragraph per line: a justified line ending in a soft break would be stretched across the page.
                    foreach (var line in paragraph.Text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
                    {
                        yield return Paragraphs.Text(line, Body);
                    }

                    break;
                case DocumentTable table:
                    foreach (var element in DataTable.Create(table))
                    {
                        yield return element;
                    }

                    break;
                default:
                    throw new NotSupportedException($"Unknown document block {block.GetType().Name}.");
            }
        }
    }
}
