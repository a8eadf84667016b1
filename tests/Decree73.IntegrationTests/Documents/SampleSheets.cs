using Decree73.Application.Documents;

namespace Decree73.IntegrationTests.Documents;

/// <summary>Report figures as two worksheets of the same (invalid) name, with every column kind and an empty cell.</summary>
internal static class SampleSheets
{
    public const string RawName = "Đề xuất theo đơn vị / quý [I]";
    public static readonly DateOnly ReportDate = new(2026, 1, 5);

    public static SheetData[] Create()
    {
        SheetColumn[] columns =
        [
            new("Đơn vị", 40), new("Tiếp nhận", 12, ColumnKind.Integer), new("Kinh phí (triệu đồng)", 16, ColumnKind.Decimal),
            new("Ngày báo cáo", 14, ColumnKind.Date), new("Tỷ lệ chấp thuận", 12, ColumnKind.Percent),
        ];
        return
        [
            new(RawName, columns,
            [
                ["Văn phòng HĐND và UBND", 1250, 1250.5m, ReportDate, 0.25],
                ["Phòng Kinh tế, Hạ tầng và Đô thị", 7L, null, new DateTime(2026, 3, 31, 17, 45, 0, DateTimeKind.Utc), 0.5m],
            ]),
            new(RawName, columns, [["Phường Trạm Lộ", 3, 12.75m, ReportDate, 1]]),
        ];
    }
}
