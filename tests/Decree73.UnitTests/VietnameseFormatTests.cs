using Decree73.Application.Documents;
using Xunit;

namespace Decree73.UnitTests;

public sealed class VietnameseFormatTests
{
    [Theory]
    [InlineData(2026, 1, 5, "ngày 05 tháng 01 năm 2026")]
    [InlineData(2026, 12, 15, "ngày 15 tháng 12 năm 2026")]
    [InlineData(2026, 2, 9, "ngày 09 tháng 02 năm 2026")]
    [InlineData(2026, 3, 9, "ngày 09 tháng 3 năm 2026")]
    [InlineData(2026, 10, 1, "ngày 01 tháng 10 năm 2026")]
    [InlineData(2025, 9, 30, "ngày 30 tháng 9 năm 2025")]
    [InlineData(2026, 2, 28, "ngày 28 tháng 02 năm 2026")]
    public void Date_gives_days_below_10_and_months_1_and_2_a_leading_zero(int year, int month, int day, string expected)
    {
        Assert.Equal(expected, VietnameseFormat.Date(new DateOnly(year, month, day)));
    }

    [Fact]
    public void Place_and_date_line_reads_as_in_Decree_30()
    {
        Assert.Equal("Trạm Lộ, ngày 05 tháng 01 năm 2026", VietnameseFormat.PlaceAndDate(" Trạm Lộ ", new DateOnly(2026, 1, 5)));
    }

    [Fact]
    public void Official_document_date_line_comes_from_its_place_and_date()
    {
        var doc = new OfficialDocument(
            null, "SỞ NỘI VỤ", "5/BC-SNV", "Bắc Ninh", new DateOnly(2026, 12, 15), "BÁO CÁO", null, [], [], new SignerBlock(null, "GIÁM ĐỐC", "Trần Văn Bình"));

        Assert.Equal("Bắc Ninh, ngày 15 tháng 12 năm 2026", doc.PlaceAndDateLine);
    }

    [Theory]
    [InlineData(1250, "1.250")]
    [InlineData(1234567, "1.234.567")]
    [InlineData(12.5, "12,5")]
    [InlineData(1336.25, "1.336,25")]
    [InlineData(0.125, "0,13")]
    [InlineData(-7, "-7")]
    [InlineData(0, "0")]
    public void Numbers_use_a_dot_for_thousands_and_a_comma_for_decimals(double value, string expected)
    {
        Assert.Equal(expected, VietnameseFormat.Number((decimal)value));
    }

    [Fact]
    public void Table_cells_from_numbers_are_numbers_and_from_text_are_text()
    {
        TableCell[] row = ["Phường A", 12, 1250L, 3.5m, null];

        Assert.Equal([false, true, true, true, false], row.Select(c => c.IsNumber));
        Assert.Equal(["Phường A", "12", "1.250", "3,5", ""], row.Select(c => c.Text));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(3)]
    public void Headings_have_levels_1_and_2_only(int level)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new DocumentHeading(level, "I. KẾT QUẢ"));
    }
}
