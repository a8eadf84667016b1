using System.IO.Compression;
using System.Text;
using System.Xml;
using Decree73.Application.Documents;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Decree73.Infrastructure.Documents.Xlsx;

/// <summary>
/// Lays out an .xlsx zip entry by entry, streaming. The SDK's own package (System.IO.Packaging) insists on
/// read-write access and then keeps every part in memory until it closes, so a long list would sit in memory
/// whole; here each worksheet goes straight into a zip entry and out through <see cref="DrainingBuffer"/>.
/// </summary>
internal sealed class XlsxPackage : IDisposable
{
    private const string RelNs = "http://schemas.openxmlformats.org/package/2006/relationships";
    private const string DocRelNs = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private const string ContentTypesNs = "http://schemas.openxmlformats.org/package/2006/content-types";

    private readonly DrainingBuffer buffer;
    private readonly ZipArchive zip;
    private readonly List<string> sheets = [];

    public XlsxPackage(Stream output)
    {
        buffer = new DrainingBuffer(output);
        zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true, Encoding.UTF8);
    }

    /// <summary>Writes the next worksheet; <paramref name="name"/> must already be a valid, unique sheet name.</summary>
    public async Task<long> AddSheetAsync(string name, IReadOnlyList<SheetColumn> columns, IAsyncEnumerable<object?[]> rows, CancellationToken ct)
    {
        sheets.Add(name);
        using var part = zip.CreateEntry($"xl/worksheets/sheet{sheets.Count}.xml", CompressionLevel.Fastest).Open();
        return await WorksheetWriter.WriteAsync(part, columns, rows, buffer, ct);
    }

    /// <summary>Writes the workbook, styles, relationships and content types, closes the zip and sends the rest out.</summary>
    public async Task FinishAsync(CancellationToken ct)
    {
        Entry("xl/workbook.xml", stream => new Workbook(
            new BookViews(new WorkbookView()),
            new Sheets(sheets.Select((name, i) => new Sheet { Name = name, SheetId = (uint)(i + 1), Id = $"rId{i + 1}" }))).Save(stream));
        Entry("xl/styles.xml", XlsxStyles.Create().Save);
        Xml("xl/_rels/workbook.xml.rels", xml =>
        {
            xml.WriteStartElement("Relationships", RelNs);
            for (var i = 1; i <= sheets.Count; i++)
            {
                Relationship(xml, $"rId{i}", DocRelNs + "/worksheet", $"worksheets/sheet{i}.xml");
            }

            Relationship(xml, $"rId{sheets.Count + 1}", DocRelNs + "/styles", "styles.xml");
        });
        Xml("_rels/.rels", xml =>
        {
            xml.WriteStartElement("Relationships", RelNs);
            Relationship(xml, "rId1", DocRelNs + "/officeDocument", "xl/workbook.xml");
        });
        Xml("[Content_Types].xml", xml =>
        {
            xml.WriteStartElement("Types", ContentTypesNs);
            Default(xml, "rels", "application/vnd.openxmlformats-package.relationships+xml");
            Default(xml, "xml", "application/xml");
            Override(xml, "/xl/workbook.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml");
            Override(xml, "/xl/styles.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml");
            for (var i = 1; i <= sheets.Count; i++)
            {
                Override(xml, $"/xl/worksheets/sheet{i}.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml");
            }
        });

        zip.Dispose();
        await buffer.DrainAsync(ct);
    }

    public void Dispose()
    {
        zip.Dispose();
        buffer.Dispose();
    }

    private void Entry(string path, Action<Stream> write)
    {
        using var stream = zip.CreateEntry(path, CompressionLevel.Fastest).Open();
        write(stream);
    }

    private void Xml(string path, Action<XmlWriter> write) =>
        Entry(path, stream =>
        {
            using var xml = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false) });
            xml.WriteStartDocument(true);
            write(xml);
            xml.WriteEndDocument();
        });

    private static void Relationship(XmlWriter xml, string id, string type, string target)
    {
        xml.WriteStartElement("Relationship", RelNs);
        xml.WriteAttributeString("Id", id);
        xml.WriteAttributeString("Type", type);
        xml.WriteAttributeString("Target", target);
        xml.WriteEndElement();
    }

    private static void Default(XmlWriter xml, string extension, string contentType)
    {
        xml.WriteStartElement("Default", ContentTypesNs);
        xml.WriteAttributeString("Extension", extension);
        xml.WriteAttributeString("ContentType", contentType);
        xml.WriteEndElement();
    }

    private static void Override(XmlWriter xml, string part, string contentType)
    {
        xml.WriteStartElement("Override", ContentTypesNs);
        xml.WriteAttributeString("PartName", part);
        xml.WriteAttributeString("ContentType", contentType);
        xml.WriteEndElement();
    }
}
