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
}
