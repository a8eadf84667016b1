using System.IO.Compression;
using System.Text;

namespace Decree73.Application.Attachments;

/// <summary>An accepted format: its name for messages, the content type served, and the extensions that may carry it.</summary>
public sealed record FileFormat(string Name, string ContentType, params string[] Extensions);

/// <summary>
/// Recognises the accepted formats by their content (magic bytes and structure), never by the name or the
/// browser's content type, and checks that the name's extension agrees.
/// </summary>
public static class FileFormats
{
    public static readonly FileFormat Pdf = new("PDF", "application/pdf", ".pdf");
    public static readonly FileFormat Png = new("PNG", "image/png", ".png");
    public static readonly FileFormat Jpeg = new("JPEG", "image/jpeg", ".jpg", ".jpeg");
    public static readonly FileFormat Docx = new("DOCX", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", ".docx");
    public static readonly FileFormat Xlsx = new("XLSX", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ".xlsx");

    public static readonly IReadOnlyList<FileFormat> All = [Pdf, Docx, Xlsx, Jpeg, Png];

    /// <summary>For the file input's accept attribute.</summary>
    public static string AcceptAttribute => string.Join(",", All.SelectMany(f => f.Extensions.Append(f.ContentType)));

    private static readonly byte[] PdfMagic = "%PDF-"u8.ToArray();
    private static readonly byte[] PngMagic = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private static readonly byte[] JpegMagic = [0xFF, 0xD8, 0xFF];
    private static readonly byte[] ZipMagic = [0x50, 0x4B, 0x03, 0x04];

    /// <summary>The format of <paramref name="content"/> (a seekable stream), or null when it is none of the accepted ones.</summary>
    public static FileFormat? Detect(Stream content)
    {
        var head = new byte[16];
        content.Position = 0;
        var read = content.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        var start = head.AsSpan(0, read);

        if (start.StartsWith(PdfMagic))
        {
            return HasPdfTrailer(content) ? Pdf : null;
        }

        if (start.StartsWith(PngMagic))
        {
            // The first chunk of every PNG is IHDR, right after the signature and the chunk length.
            return read >= 16 && start[12..16].SequenceEqual("IHDR"u8) ? Png : null;
        }

        if (start.StartsWith(JpegMagic))
        {
            return Jpeg;
        }

        return start.StartsWith(ZipMagic) ? DetectOfficeDocument(content) : null;
    }

    /// <summary>True when <paramref name="fileName"/>'s extension is one of <paramref name="format"/>'s.</summary>
    public static bool ExtensionMatches(FileFormat format, string fileName) =>
        format.Extensions.Contains(Path.GetExtension(fileName), StringComparer.OrdinalIgnoreCase);

    /// <summary>Readers look for "%%EOF" within the last 1024 bytes (PDF 1.7, Annex H); a file without it is not a PDF.</summary>
    private static bool HasPdfTrailer(Stream content)
    {
        var tail = (int)Math.Min(1024, content.Length);
        content.Position = content.Length - tail;
        var buffer = new byte[tail];
        content.ReadExactly(buffer);
        return buffer.AsSpan().IndexOf("%%EOF"u8) >= 0;
    }

    private static FileFormat? DetectOfficeDocument(Stream content)
    {
        content.Position = 0;
        try
        {
            using var zip = new ZipArchive(content, ZipArchiveMode.Read, leaveOpen: true, Encoding.UTF8);
            var names = zip.Entries.Select(e => e.FullName).ToHashSet(StringComparer.Ordinal);
            if (!names.Contains("[Content_Types].xml") || names.Any(n => n.EndsWith("vbaProject.bin", StringComparison.OrdinalIgnoreCase)))
            {
                // A plain zip, or a macro-enabled document renamed .docx/.xlsx.
                return null;
            }

            return names.Contains("word/document.xml") ? Docx
                : names.Contains("xl/workbook.xml") ? Xlsx
                : null;
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }
}
