using Decree73.Application.Attachments;
using Decree73.TestSupport;
using Xunit;

namespace Decree73.UnitTests;

public sealed class FileFormatTests
{
    private static FileFormat? Detect(byte[] bytes) => FileFormats.Detect(new MemoryStream(bytes));

    public static TheoryData<string, string> Accepted => new()
    {
        { nameof(SampleFiles.Pdf), "PDF" },
        { nameof(SampleFiles.Png), "PNG" },
        { nameof(SampleFiles.Jpeg), "JPEG" },
        { nameof(SampleFiles.Docx), "DOCX" },
        { nameof(SampleFiles.Xlsx), "XLSX" },
    };

    private static byte[] Sample(string name) => (byte[])typeof(SampleFiles).GetMethod(name)!.Invoke(null, null)!;

    [Theory]
    [MemberData(nameof(Accepted))]
    public void Each_accepted_format_is_recognised_by_its_content(string sample, string format) =>
        Assert.Equal(format, Detect(Sample(sample))?.Name);

    [Theory]
    [InlineData(nameof(SampleFiles.Exe))]
    [InlineData(nameof(SampleFiles.PlainZip))]
    [InlineData(nameof(SampleFiles.MacroDocx))]
    [InlineData(nameof(SampleFiles.Text))]
    public void Anything_else_is_not_recognised(string sample) => Assert.Null(Detect(Sample(sample)));

    [Fact]
    public void A_pdf_header_without_the_end_of_file_marker_is_not_a_pdf() =>
        Assert.Null(Detect("%PDF-1.4\n<script>alert(1)</script>"u8.ToArray()));

    [Fact]
    public void A_png_signature_without_its_header_chunk_is_not_a_png() =>
        Assert.Null(Detect([.. SampleFiles.Png()[..8], .. "GIF89a text"u8.ToArray()]));

    [Fact]
    public void A_broken_zip_is_refused_without_an_exception() =>
        Assert.Null(Detect([0x50, 0x4B, 0x03, 0x04, 0x00, 0x01, 0x02]));

    [Fact]
    public void An_empty_file_is_not_recognised() => Assert.Null(Detect([]));

    [Theory]
    [InlineData("PDF", "quyet-dinh.PDF", true)]
    [InlineData("JPEG", "anh.jpeg", true)]
    [InlineData("JPEG", "anh.jpg", true)]
    [InlineData("PDF", "virus.exe", false)]
    [InlineData("PNG", "anh.jpg", false)]
    [InlineData("DOCX", "bang-tinh.xlsx", false)]
    [InlineData("PDF", "khong-co-duoi", false)]
    public void The_extension_must_agree_with_the_content(string format, string name, bool matches) =>
        Assert.Equal(matches, FileFormats.ExtensionMatches(FileFormats.All.Single(f => f.Name == format), name));

    [Theory]
    [InlineData(@"C:\Users\lan\Tài liệu\Biên bản họp.pdf", "Biên bản họp.pdf")]
    [InlineData("../../etc/passwd", "passwd")]
    [InlineData("a\u0000b<c>.pdf", "a_b_c_.pdf")]
    [InlineData("   ", null)]
    [InlineData("..", null)]
    public void File_names_are_reduced_to_a_safe_last_segment(string sent, string? kept) => Assert.Equal(kept, FileNames.Sanitise(sent));

    [Fact]
    public void A_very_long_name_keeps_its_extension()
    {
        var name = FileNames.Sanitise(new string('đ', 300) + ".docx")!;
        Assert.Equal(200, name.Length);
        Assert.EndsWith(".docx", name, StringComparison.Ordinal);
    }

    [Fact]
    public void A_pdf_html_polyglot_is_refused() =>
        Assert.Null(Detect([.. "%PDF-1.4\n<html><body><script>alert(document.cookie)</script></body></html>\n"u8.ToArray(), .. SampleFiles.Pdf()]));

    [Fact]
    public void Jpeg_magic_followed_by_html_is_not_a_jpeg() =>
        Assert.Null(Detect([0xFF, 0xD8, 0xFF, .. "<html><script>alert(1)</script></html>"u8.ToArray()]));

    [Fact]
    public void A_jpeg_without_a_frame_header_is_not_a_jpeg() =>
        Assert.Null(Detect([0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0xFF, 0xD9]));

    [Fact]
    public void A_png_carrying_a_script_is_refused() =>
        Assert.Null(Detect([.. SampleFiles.Png(), .. "<SCRIPT>alert(1)</SCRIPT>"u8.ToArray()]));

    [Fact]
    public void An_office_file_that_would_expand_beyond_the_limit_is_refused_before_it_is_inflated()
    {
        // Zeros compress about a thousandfold: 210 MB of them make a zip of a few hundred kilobytes.
        using var output = new MemoryStream();
        using (var zip = new System.IO.Compression.ZipArchive(output, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, text) in new[] { ("[Content_Types].xml", "<Types/>"), ("word/document.xml", "<w:document/>") })
            {
                using var writer = new StreamWriter(zip.CreateEntry(name).Open());
                writer.Write(text);
            }

            using var bomb = zip.CreateEntry("word/media/zeros.bin", System.IO.Compression.CompressionLevel.SmallestSize).Open();
            var zeros = new byte[1024 * 1024];
            for (var i = 0; i < 210; i++)
            {
                bomb.Write(zeros);
            }
        }

        Assert.True(output.Length < 2 * 1024 * 1024);
        Assert.Null(Detect(output.ToArray()));
    }

    [Fact]
    public void An_office_file_with_more_entries_than_any_document_has_is_refused()
    {
        using var output = new MemoryStream();
        using (var zip = new System.IO.Compression.ZipArchive(output, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, text) in new[] { ("[Content_Types].xml", "<Types/>"), ("word/document.xml", "<w:document/>") })
            {
                using var writer = new StreamWriter(zip.CreateEntry(name).Open());
                writer.Write(text);
            }

            for (var i = 0; i < FileFormats.MaxOfficeEntries; i++)
            {
                zip.CreateEntry($"word/e{i}.xml", System.IO.Compression.CompressionLevel.NoCompression);
            }
        }

        Assert.Null(Detect(output.ToArray()));
        Assert.Equal("DOCX", Detect(SampleFiles.Docx())?.Name);
    }

    [Theory]
    [InlineData("anh\u202Egpj.exe", "anhgpj.exe")]
    [InlineData("bao\u200Bcao\u2066.pdf", "baocao.pdf")]
    [InlineData("Quyết định\u200F số 12.pdf", "Quyết định số 12.pdf")]
    public void Invisible_direction_and_zero_width_characters_are_dropped_from_names(string sent, string kept) =>
        Assert.Equal(kept, FileNames.Sanitise(sent));
}
