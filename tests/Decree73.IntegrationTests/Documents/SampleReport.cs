using Decree73.Application.Documents;

namespace Decree73.IntegrationTests.Documents;

/// <summary>A ward's Decree 73 report with the parts the exports must keep: header, headings, a table with a total, recipients, signer.</summary>
internal static class SampleReport
{
    public const string SignerName = "Nguyễn Thị Hồng Nhung";

    public static OfficialDocument Create() => new(
        ParentIssuingBody: "UBND TỈNH BẮC NINH",
        IssuingBody: "UBND PHƯỜNG TRẠM LỘ",
        NumberAndSymbol: "12/BC-UBND",
        Place: "Trạm Lộ",
        Date: new DateOnly(2026, 1, 5),
        Title: "BÁO CÁO",
        Summary: "Kết quả thực hiện Nghị định số 73/2023/NĐ-CP năm 2025",
        Body:
        [
            new DocumentParagraph("Thực hiện Nghị định số 73/2023/NĐ-CP ngày 29 tháng 9 năm 2023 của Chính phủ, Ủy ban nhân dân phường báo cáo như sau:"),
            new DocumentHeading(1, "I. CÔNG TÁC TRIỂN KHAI THỰC HIỆN"),
            new DocumentParagraph("Phổ biến, quán triệt đến toàn thể cán bộ, công chức.\nTổ chức hội nghị chuyên đề về khuyến khích đổi mới, sáng tạo."),
            new DocumentHeading(1, "II. KẾT QUẢ THỰC HIỆN"),
            new DocumentHeading(2, "1. Kết quả tiếp nhận và xử lý đề xuất"),
            new DocumentTable(
                Caption: "Bảng 1. Số đề xuất theo đơn vị",
                Headers: ["STT", "Đơn vị", "Tiếp nhận", "Được chấp thuận", "Kinh phí (triệu đồng)"],
                Rows:
                [
                    ["1", "Văn phòng HĐND và UBND", 14, 9, 1250.5m],
                    ["2", "Phòng Kinh tế, Hạ tầng và Đô thị", 7, 3, 86],
                ],
                TotalRow: ["", "Tổng cộng", 21, 12, 1336.5m],
                ColumnWidths: [3, 12, 5, 6, 6]),
            new DocumentHeading(1, "III. ĐÁNH GIÁ CHUNG"),
            new DocumentParagraph("Các đề xuất được xem xét đúng thời hạn; còn khó khăn về kinh phí thực hiện."),
        ],
        Recipients: ["- UBND tỉnh Bắc Ninh (b/c);", "- Sở Nội vụ;", "- Lưu: VT, NV."],
        Signer: new SignerBlock("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", SignerName));
}
