namespace Decree73.Domain.Calendar;

/// <summary>
/// The days off and make-up working days of 2025–2027 for cán bộ, công chức, viên chức, as seeded by the
/// migrations. Administrators correct and extend them; 2027's Tết is provisional until it is announced.
/// Sources: Labour Code 2019 Art. 112 as amended in 2025 (Quốc khánh 2 days); Thông báo 6150/TB-BLĐTBXH (2025);
/// văn bản 12729/VPCP-KGVX (Tết Dương lịch 2026); the 2026 Tết Nguyên đán schedule (16–20/02/2026).
/// </summary>
public static class HolidaySeed
{
    private const CalendarDayKind Off = CalendarDayKind.DayOff;
    private const CalendarDayKind MakeUp = CalendarDayKind.MakeUpWorkingDay;

    public static IReadOnlyList<CalendarDay> Days { get; } = Build();

    private static List<CalendarDay> Build()
    {
        (DateOnly Date, CalendarDayKind Kind, string Name)[] days =
        [
            (new(2025, 1, 1), Off, "Tết Dương lịch"),
            (new(2025, 1, 27), Off, "Tết Nguyên đán Ất Tỵ"),
            (new(2025, 1, 28), Off, "Tết Nguyên đán Ất Tỵ"),
            (new(2025, 1, 29), Off, "Tết Nguyên đán Ất Tỵ"),
            (new(2025, 1, 30), Off, "Tết Nguyên đán Ất Tỵ"),
            (new(2025, 1, 31), Off, "Tết Nguyên đán Ất Tỵ"),
            (new(2025, 4, 7), Off, "Giỗ Tổ Hùng Vương"),
            (new(2025, 4, 26), MakeUp, "Làm bù cho ngày 02/5/2025"),
            (new(2025, 4, 30), Off, "Ngày Chiến thắng"),
            (new(2025, 5, 1), Off, "Ngày Quốc tế Lao động"),
            (new(2025, 5, 2), Off, "Nghỉ hoán đổi (làm bù 26/4/2025)"),
            (new(2025, 9, 1), Off, "Quốc khánh"),
            (new(2025, 9, 2), Off, "Quốc khánh"),
            (new(2026, 1, 1), Off, "Tết Dương lịch"),
            (new(2026, 1, 2), Off, "Nghỉ hoán đổi (làm bù 10/01/2026)"),
            (new(2026, 1, 10), MakeUp, "Làm bù cho ngày 02/01/2026"),
            (new(2026, 2, 16), Off, "Tết Nguyên đán Bính Ngọ"),
            (new(2026, 2, 17), Off, "Tết Nguyên đán Bính Ngọ"),
            (new(2026, 2, 18), Off, "Tết Nguyên đán Bính Ngọ"),
            (new(2026, 2, 19), Off, "Tết Nguyên đán Bính Ngọ"),
            (new(2026, 2, 20), Off, "Tết Nguyên đán Bính Ngọ"),
            (new(2026, 4, 27), Off, "Nghỉ bù Giỗ Tổ Hùng Vương (26/4/2026 là Chủ nhật)"),
            (new(2026, 4, 30), Off, "Ngày Chiến thắng"),
            (new(2026, 5, 1), Off, "Ngày Quốc tế Lao động"),
            (new(2026, 9, 1), Off, "Quốc khánh"),
            (new(2026, 9, 2), Off, "Quốc khánh"),
            (new(2027, 1, 1), Off, "Tết Dương lịch"),
            (new(2027, 2, 5), Off, "Tết Nguyên đán Đinh Mùi (dự kiến)"),
            (new(2027, 2, 8), Off, "Tết Nguyên đán Đinh Mùi (dự kiến)"),
            (new(2027, 2, 9), Off, "Tết Nguyên đán Đinh Mùi (dự kiến)"),
            (new(2027, 2, 10), Off, "Tết Nguyên đán Đinh Mùi (dự kiến)"),
            (new(2027, 2, 11), Off, "Tết Nguyên đán Đinh Mùi (dự kiến)"),
            (new(2027, 4, 16), Off, "Giỗ Tổ Hùng Vương"),
            (new(2027, 4, 30), Off, "Ngày Chiến thắng"),
            (new(2027, 5, 3), Off, "Nghỉ bù Ngày Quốc tế Lao động (01/5/2027 là thứ Bảy)"),
            (new(2027, 9, 2), Off, "Quốc khánh"),
            (new(2027, 9, 3), Off, "Quốc khánh"),
        ];

        return days.Select((d, i) => CalendarDay.Seed(i + 1, d.Date, d.Kind, d.Name)).ToList();
    }
}
