using Decree73.Application.Documents;
using Xunit;

namespace Decree73.UnitTests;

public sealed class SheetNamesTests
{
    [Theory]
    [InlineData("Quý I/2026", "Quý I-2026")]
    [InlineData("Đề xuất [mới]: *?\\", "Đề xuất -mới-- ---")]
    [InlineData("  'Báo cáo'  ", "Báo cáo")]
    [InlineData("Tab\tvà\nxuống dòng", "Tab-và-xuống dòng")]
    [InlineData("", "Sheet")]
    [InlineData(null, "Sheet")]
    [InlineData("///", "---")]
    [InlineData("history", "Sheet")]
    public void Sanitise_replaces_what_Excel_refuses(string? name, string expected)
    {
        Assert.Equal(expected, SheetNames.Sanitise(name));
    }

    [Fact]
    public void Sanitise_cuts_to_31_characters()
    {
        var name = SheetNames.Sanitise("Kết quả thực hiện Nghị định số 73/2023/NĐ-CP năm 2025");

        Assert.Equal("Kết quả thực hiện Nghị định số", name);
        Assert.True(name.Length <= SheetNames.MaxLength);
    }

    [Fact]
    public void Sanitise_never_splits_a_surrogate_pair()
    {
        var name = SheetNames.Sanitise(new string('a', 30) + "😀b");

        Assert.Equal(new string('a', 30), name);
    }

    [Fact]
    public void SanitiseAll_numbers_repeats_ignoring_case_within_31_characters()
    {
        var names = SheetNames.SanitiseAll(["Tổng hợp", "TỔNG HỢP", "Tổng hợp", new string('x', 40), new string('x', 35)]);

        Assert.Equal(["Tổng hợp", "TỔNG HỢP (2)", "Tổng hợp (3)", new string('x', 31), new string('x', 27) + " (2)"], names);
        Assert.All(names, n => Assert.InRange(n.Length, 1, SheetNames.MaxLength));
    }
}
