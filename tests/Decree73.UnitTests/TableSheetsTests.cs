using Decree73.Application.Documents;
using Xunit;

namespace Decree73.UnitTests;

public sealed class TableSheetsTests
{
    private static readonly DocumentTable Table = new(
        Caption: "Bảng 1. Số đề xuất theo đơn vị",
        Headers: ["STT", "Đơn vị", "Tiếp nhận", "Kinh phí"],
        Rows: [["1", "Văn phòng HĐND và UBND", 14, 1250.5m], ["2", "Phòng Kinh tế", 7, 86]],
        TotalRow: ["", "Tổng cộng", 21, 1336.5m]);

    [Fact]
    public void Number_columns_keep_their_values_and_text_columns_their_text()
    {
        var sheet = TableSheets.FromTable(Table);

        Assert.Equal("Bảng 1. Số đề xuất theo đơn vị", sheet.Name);
        Assert.Equal([ColumnKind.Text, ColumnKind.Text, ColumnKind.Integer, ColumnKind.Decimal], sheet.Columns.Select(c => c.Kind));
        Assert.Equal(["1", "Văn phòng HĐND và UBND", 14m, 1250.5m], sheet.Rows[0]);
    }

    [Fact]
    public void The_total_row_comes_last_with_empty_cells_as_nulls()
    {
        var sheet = TableSheets.FromTable(Table, "Tổng hợp");

        Assert.Equal("Tổng hợp", sheet.Name);
        Assert.Equal(3, sheet.Rows.Count);
        Assert.Equal([null, "Tổng cộng", 21m, 1336.5m], sheet.Rows[2]);
    }

    [Fact]
    public void Widths_follow_the_longest_text_within_limits()
    {
        var sheet = TableSheets.FromTable(Table);

        Assert.Equal([8d, 24d, 11d, 10d], sheet.Columns.Select(c => c.Width));
    }
}
