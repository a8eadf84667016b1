using Decree73.Application.Documents;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Microsoft.Extensions.Logging;

namespace Decree73.Infrastructure.Documents.Docx;

/// <summary>Writes an <see cref="OfficialDocument"/> as a .docx in the layout of Decree 30/2020/NĐ-CP.</summary>
public sealed class OfficialDocumentWriter(ILogger<OfficialDocumentWriter> logger) : IOfficialDocumentWriter
{
    public async Task WriteDocxAsync(OfficialDocument doc, Stream output, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(doc);
        ArgumentNullException.ThrowIfNull(output);

        // The SDK needs a readable, seekable package; a document is small, so it is built in memory and then copied
        // out asynchronously (an HTTP response body refuses synchronous writes).
        using var buffer = new MemoryStream();
        using (var word = WordprocessingDocument.Create(buffer, WordprocessingDocumentType.Document))
        {
            var main = word.AddMainDocumentPart();
            main.AddNewPart<StyleDefinitionsPart>().Styles = DocumentStyles.Create();
            var headers = PageNumbers.AddHeaders(main);
            main.Document = new Document(new Body(Content(doc).Append(PageSetup.Section(headers))));

            word.PackageProperties.Title = XmlText.Clean(string.IsNullOrWhiteSpace(doc.Summary) ? doc.Title : $"{doc.Title} {doc.Summary}");
            word.PackageProperties.Creator = XmlText.Clean(doc.IssuingBody);
            word.PackageProperties.Language = "vi-VN";
        }

        buffer.Position = 0;
        await buffer.CopyToAsync(output, ct);
        logger.LogInformation("Wrote document {DocumentTitle} {NumberAndSymbol} as .docx ({Bytes} bytes)", doc.Title, doc.NumberAndSymbol, buffer.Length);
    }

    private static IEnumerable<OpenXmlElement> Content(OfficialDocument doc) =>
        HeaderBlock.Create(doc)
            .Concat(BodyBlocks.Create(doc.Body))
            .Concat(ClosingBlock.Create(doc));
}
