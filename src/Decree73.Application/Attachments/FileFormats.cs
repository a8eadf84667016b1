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

    /// <summary>More entries than any real document has (a large workbook has a few hundred): a zip bomb by count.</summary>
    public const int MaxOfficeEntries = 5_000;

    /// <summary>The most an Office document may expand to: a zip bomb by size is refused before anything inflates it.</summary>
    public const long MaxOfficeExpandedBytes = 200L * 1024 * 1024;

    /// <summary>
    /// Markup a browser would run if the file were ever rendered as a page (a PDF/HTML or JPEG/HTML polyglot). Each needle
    /// is five bytes or more, so compressed image or PDF data matches one by chance about once in 10^4 files of 20 MB.
    /// </summary>
    private static readonly byte[][] ActiveMarkup =
        ["<script"u8.ToArray(), "<html"u8.ToArray(), "<!doctype html"u8.ToArray(), "<iframe"u8.ToArray(), "javascript:"u8.ToArray()];

    /// <summary>The format of <paramref name="content"/> (a seekable stream), or null when it is none of the accepted ones.</summary>
    public static FileFormat? Detect(Stream content)
    {
        var head = new byte[16];
        content.Position = 0;
        var read = content.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        var start = head.AsSpan(0, read);

        if (start.StartsWith(PdfMagic))
        {
            return HasPdfTrailer(content) && !HasActiveMarkup(content) ? Pdf : null;
        }

        if (start.StartsWith(PngMagic))
        {
            // The first chunk of every PNG is IHDR, right after the signature and the chunk length.
            return read >= 16 && start[12..16].SequenceEqual("IHDR"u8) && !HasActiveMarkup(content) ? Png : null;
        }

        if (start.StartsWith(JpegMagic))
        {
            return HasJpegFrameHeader(content) && !HasActiveMarkup(content) ? Jpeg : null;
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

    /// <summary>
    /// Walks the JPEG's marker segments from the start of image to a frame header (SOFn) with a non-zero size and 1, 3 or
    /// 4 components, as a decoder does before it draws anything. JPEG magic followed by anything else is not a JPEG.
    /// </summary>
    private static bool HasJpegFrameHeader(Stream content)
    {
        content.Position = 2;
        var segment = new byte[8];
        while (content.Position + 4 <= content.Length)
        {
            if (content.ReadByte() != 0xFF)
            {
                return false;
            }

            var marker = content.ReadByte();
            while (marker == 0xFF)
            {
                marker = content.ReadByte(); // fill bytes
            }

            if (marker is < 0 or 0xD9 or 0xDA)
            {
                return false; // end of image or scan data before any frame header
            }

            if (marker is (>= 0xD0 and <= 0xD7) or 0x01)
            {
                continue; // markers without a length
            }

            if (content.ReadAtLeast(segment.AsSpan(0, 2), 2, throwOnEndOfStream: false) < 2)
            {
                return false;
            }

            var length = (segment[0] << 8) | segment[1];
            if (length < 2)
            {
                return false;
            }

            if (marker is >= 0xC0 and <= 0xCF and not (0xC4 or 0xC8 or 0xCC))
            {
                if (length < 8 || content.ReadAtLeast(segment.AsSpan(0, 6), 6, throwOnEndOfStream: false) < 6)
                {
                    return false;
                }

                var height = (segment[1] << 8) | segment[2];
                var width = (segment[3] << 8) | segment[4];
                return height > 0 && width > 0 && segment[5] is 1 or 3 or 4;
            }

            content.Position += length - 2;
        }

        return false;
    }

    /// <summary>Whether the bytes hold HTML or script markup anywhere (ASCII, case-insensitive).</summary>
    private static bool HasActiveMarkup(Stream content)
    {
        content.Position = 0;
        var buffer = new byte[64 * 1024];
        const int overlap = 16;
        var carried = 0;
        int read;
        while ((read = content.Read(buffer, carried, buffer.Length - carried)) > 0)
        {
            var window = buffer.AsSpan(0, carried + read);
            foreach (var markup in ActiveMarkup)
            {
                if (IndexOfIgnoreAsciiCase(window, markup) >= 0)
                {
                    return true;
                }
            }

            carried = Math.Min(overlap, window.Length);
            window[^carried..].CopyTo(buffer);
        }

        return false;
    }

    private static int IndexOfIgnoreAsciiCase(ReadOnlySpan<byte> haystack, ReadOnlySpan<byte> lowerNeedle)
    {
        for (var i = 0; i <= haystack.Length - lowerNeedle.Length; i++)
        {
            var j = 0;
            while (j < lowerNeedle.Length && (haystack[i + j] | (haystack[i + j] is >= (byte)'A' and <= (byte)'Z' ? 0x20 : 0)) == lowerNeedle[j])
            {
                j++;
            }

            if (j == lowerNeedle.Length)
            {
                return i;
            }
        }

        return -1;
    }

    private static FileFormat? DetectOfficeDocument(Stream content)
    {
        content.Position = 0;
        try
        {
            using var zip = new ZipArchive(content, ZipArchiveMode.Read, leaveOpen: true, Encoding.UTF8);
            // Limits read from the central directory, before any entry is inflated.
            if (zip.Entries.Count > MaxOfficeEntries || zip.Entries.Sum(e => e.Length) > MaxOfficeExpandedBytes)
            {
                return null;
            }

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
