namespace Decree73.Domain.Calendar;

/// <summary>
/// The days off and make-up working days of 2025–2027 for cán bộ, công chức, viên chức, as seeded by the
/// migrations. Administrators correct and extend them; a year stays provisional (<see cref="CalendarYear"/>) until
/// the Prime Minister's schedule for it is announced and an administrator confirms it.
/// Sources:
/// - Labour Code 2019 Art. 112(1): Tết Dương lịch 1 day; Tết Âm lịch 5 days; 30/4 and 1/5; Quốc khánh 2/9 "và 01 ngày
///   liền kề trước hoặc sau"; Giỗ Tổ Hùng Vương 10/3 âm lịch; Art. 112(3): a holiday on a weekly day off is made up on
///   the next working day. (A 24/11 "Ngày Văn hóa Việt Nam" day off was proposed in 2026 for the next amendment of
///   Art. 112; it is not law yet: an administrator adds it when it is.)
/// - 2025: Thông báo 6150/TB-LĐTBXH (Tết Ất Tỵ 27–31/01; 30/4–4/5 with 02/5 swapped for Saturday 26/4; Quốc khánh
///   30/8–2/9, off 1/9 and 2/9).
/// - 2026: văn bản 12729/VPCP-KGVX (Tết Dương lịch 1–4/01, 02/01 swapped for Saturday 10/01); Thông báo 9441/TB-BNV of
///   16/10/2025 on the Prime Minister's approval (Tết Bính Ngọ 16–20/02; Quốc khánh from Saturday 29/8 to Wednesday
///   2/9: 1/9 and 2/9 by Art. 112, Monday 31/8 swapped for the working Saturday 22/8).
/// - 2027: by Art. 112 alone (provisional): Tết Đinh Mùi falls on Saturday 06/02/2027.
/// </summary>
public static class HolidaySeed
{
    private const CalendarDayKind Off = CalendarDayKind.DayOff;
    private const CalendarDayKind MakeUp = CalendarDayKind.MakeUpWorkingDay;

    public static IReadOnlyList<CalendarDay> Days { get; } = Build();

    /// <summary>2025 and 2026 are announced; 2027 is the forecast above until its schedule is published.</summary>
    public static IReadOnlyList<CalendarYear> Years { get; } =
    [
        CalendarYear.Seed(1, 2025, "Thông báo 6150/TB-LĐTBXH"),
        CalendarYear.Seed(2, 2026, "Thông báo 9441/TB-BNV ngày 16/10/2025; văn bản 12729/VPCP-KGVX ngày 25/12/2025"),
        CalendarYear.Seed(3, 2027, null),
    ];

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
            (new(2026, 8, 22), MakeUp, "Làm bù cho ngày 31/8/2026"),
            (new(2026, 8, 31), Off, "Nghỉ hoán đổi Quốc khánh (làm bù 22/8/2026)"),
            (new(2026, 9, 1), Off, "Quốc khánh"),
            (new(2026, 9, 2), Off, "Quốc khánh"),
            (new(2027, 1, 1), Off, "Tết Dương lịch"),
            (new(2027, 2, 5), Off, "Tết Nguyên đán Đinh Mùi (dự kiến)"),
            (new(2027, 2, 8), Off, "Tết Nguyên đán Đinh Mùi (dự kiến)"),
            (new(2027, 2, 9), Off, "Tết Nguyên đán Đinh Mùi (dự kiến)"),
            (new(2027, 2, 10), Off, "Tết Nguyên đán Đinh Mùi (dự kiến)"),
            (new(2027, 2, 11), Off, "Tết Nguyên đán Đinh Mùi (dự kiến)"),
            (new(2027, 4, 16), Off, "Giỗ Tổ Hùng Vương (dự kiến)"),
            (new(2027, 4, 30), Off, "Ngày Chiến thắng"),
            (new(2027, 5, 3), Off, "Nghỉ bù Ngày Quốc tế Lao động (01/5/2027 là thứ Bảy)"),
            (new(2027, 9, 2), Off, "Quốc khánh"),
            (new(2027, 9, 3), Off, "Quốc khánh (ngày liền kề, dự kiến)"),
        ];

        return days.Select((d, i) => CalendarDay.Seed(i + 1, d.Date, d.Kind, d.Name)).ToList();
    }
}
