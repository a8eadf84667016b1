using Decree73.Application.Documents;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Decree73.Infrastructure.Documents.Docx;

/// <summary>The end of the document: "Nơi nhận:" and its lines left, the signer right with room for the signature and seal.</summary>
internal static class ClosingBlock
{
    public const string RecipientsLabel = "Nơi nhận:";

    private const int LeftWidth = 4200;

    public static IEnumerable<OpenXmlElement> Create(OfficialDocument doc)
    {
        yield return Paragraphs.Text(null, new TextStyle(After: 120));
        yield return LayoutTable.Create(LeftWidth, LayoutTable.Row(LeftWidth, Recipients(doc.Recipients), Signer(doc.Signer)));
    }

    private static IEnumerable<OpenXmlElement> Recipients(IReadOnlyList<string> lines)
    {
        yield return Paragraphs.Text(RecipientsLabel, new TextStyle(Size: 12, Bold: true, Italic: true));
        foreach (var line in lines)
        {
            yield return Paragraphs.Text(line, new TextStyle(Size: 11));
        }
    }

    private static IEnumerable<OpenXmlElement> Signer(SignerBlock signer)
    {
        if (!string.IsNullOrWhiteSpace(signer.Authority))
        {
            yield return Paragraphs.Text(signer.Authority, TextStyle.CenteredBold);
        }

        yield return Paragraphs.Text(signer.Capacity, TextStyle.CenteredBold);

        // About 3 cm for the signature and the seal.
        yield return Paragraphs.Text(signer.Name, TextStyle.CenteredBold with { Before = 1700 });
    }
}
