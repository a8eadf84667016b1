using Decree73.Domain.Calendar;
using Xunit;

namespace Decree73.UnitTests;

public sealed class WorkingCalendarTests
{
    private static readonly WorkingCalendar Calendar = new(HolidaySeed.Days);

    private static DateOnly D(int year, int month, int day) => new(year, month, day);

    [Theory]
    [InlineData(2026, 11, 20, true)]   // Friday
    [InlineData(2026, 11, 21, false)]  // Saturday
    [InlineData(2026, 11, 22, false)]  // Sunday
    [InlineData(2026, 2, 17, false)]   // Mùng 1 Tết Bính Ngọ, a Tuesday
    [InlineData(2026, 1, 2, false)]    // Friday swapped for a day off
    [InlineData(2026, 1, 10, true)]    // Saturday worked in its place
    [InlineData(2025, 4, 26, true)]    // Saturday worked for 02/5/2025
    [InlineData(2026, 4, 27, false)]   // Monday off for Giỗ Tổ on a Sunday
    public void Weekends_holidays_and_make_up_days_are_told_apart(int year, int month, int day, bool working)
    {
        Assert.Equal(working, Calendar.IsWorkingDay(D(year, month, day)));
    }

    [Fact]
    public void Seven_working_days_from_an_ordinary_monday_end_the_next_tuesday()
    {
        Assert.Equal(D(2026, 11, 24), Calendar.AddWorkingDays(D(2026, 11, 13), 7));
    }

    [Fact]
    public void A_deadline_across_tet_skips_the_whole_holiday_week()
    {
        // Received Wednesday 11/02/2026: 12, 13, (14–22 Tết and weekends), 23, 24, 25, 26, 27.
        Assert.Equal(D(2026, 2, 27), Calendar.AddWorkingDays(D(2026, 2, 11), 7));
    }

    [Fact]
    public void A_deadline_across_new_year_counts_the_saturday_make_up_day()
    {
        // Received Wednesday 31/12/2025: 1/1 and 2/1 off; 5, 6, 7, 8, 9/1; Saturday 10/1 is worked.
        Assert.Equal(D(2026, 1, 10), Calendar.AddWorkingDays(D(2025, 12, 31), 6));
        Assert.Equal(D(2026, 1, 12), Calendar.AddWorkingDays(D(2025, 12, 31), 7));
    }

    [Fact]
    public void Three_working_days_across_the_april_and_may_holidays_of_2025()
    {
        // Received Friday 25/4/2025: Saturday 26/4 worked, Monday 28, Tuesday 29; 30/4–2/5 off.
        Assert.Equal(D(2025, 4, 29), Calendar.AddWorkingDays(D(2025, 4, 25), 3));
        Assert.Equal(D(2025, 5, 5), Calendar.AddWorkingDays(D(2025, 4, 25), 4));
    }

    [Fact]
    public void Receipt_on_a_holiday_still_counts_from_the_next_working_day()
    {
        Assert.Equal(D(2026, 2, 23), Calendar.AddWorkingDays(D(2026, 2, 17), 1));
    }

    [Theory]
    [InlineData(2026, 2, 11, 2026, 2, 27, 7)]
    [InlineData(2026, 2, 27, 2026, 2, 27, 0)]
    [InlineData(2026, 3, 2, 2026, 2, 27, -1)]
    [InlineData(2026, 2, 23, 2026, 2, 13, -1)]  // the whole Tết week between is not counted as overdue
    public void Days_left_are_counted_in_working_days_and_go_negative_when_overdue(int y1, int m1, int d1, int y2, int m2, int d2, int expected)
    {
        Assert.Equal(expected, Calendar.WorkingDaysUntil(D(y1, m1, d1), D(y2, m2, d2)));
    }

    [Fact]
    public void The_seed_has_one_entry_per_date_and_covers_tet_of_every_seeded_year()
    {
        Assert.Equal(HolidaySeed.Days.Count, HolidaySeed.Days.Select(d => d.Date).Distinct().Count());
        foreach (var year in new[] { 2025, 2026, 2027 })
        {
            Assert.Contains(HolidaySeed.Days, d => d.Date.Year == year && d.Name.StartsWith("Tết Nguyên đán", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void A_negative_count_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Calendar.AddWorkingDays(D(2026, 1, 1), -1));
    }
}

/// <summary>
/// Every holiday block of 2025–2027 as the seed encodes it (HolidaySeed's sources): each day off, each make-up day,
/// and one seven-working-day deadline (Art. 8(1)) counted across the block.
/// </summary>
public sealed class HolidayBlockTests
{
    private static readonly WorkingCalendar Calendar = new(HolidaySeed.Days);

    private static DateOnly D(int year, int month, int day) => new(year, month, day);

    private static readonly string[] DaysOffList =
    [
        // 2025
        "2025-01-01", "2025-01-27", "2025-01-28", "2025-01-29", "2025-01-30", "2025-01-31", "2025-04-07",
        "2025-04-30", "2025-05-01", "2025-05-02", "2025-09-01", "2025-09-02",
        // 2026
        "2026-01-01", "2026-01-02", "2026-02-16", "2026-02-17", "2026-02-18", "2026-02-19", "2026-02-20", "2026-04-27",
        "2026-04-30", "2026-05-01", "2026-08-31", "2026-09-01", "2026-09-02",
        // 2027 (provisional)
        "2027-01-01", "2027-02-05", "2027-02-08", "2027-02-09", "2027-02-10", "2027-02-11", "2027-04-16",
        "2027-04-30", "2027-05-03", "2027-09-02", "2027-09-03",
    ];

    public static TheoryData<string> DaysOff() => new(DaysOffList);

    [Theory]
    [MemberData(nameof(DaysOff))]
    public void Each_day_off_is_not_a_working_day(string date)
    {
        var day = DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture);
        Assert.NotEqual(DayOfWeek.Saturday, day.DayOfWeek);
        Assert.NotEqual(DayOfWeek.Sunday, day.DayOfWeek);
        Assert.False(Calendar.IsWorkingDay(day));
    }

    [Theory]
    [InlineData("2025-04-26")] // Saturday worked for Friday 02/5/2025
    [InlineData("2026-01-10")] // Saturday worked for Friday 02/01/2026
    [InlineData("2026-08-22")] // Saturday worked for Monday 31/8/2026 (Thông báo 9441/TB-BNV)
    public void Each_make_up_saturday_is_a_working_day(string date)
    {
        var day = DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(DayOfWeek.Saturday, day.DayOfWeek);
        Assert.True(Calendar.IsWorkingDay(day));
    }

    [Fact]
    public void The_seed_has_exactly_the_make_up_days_above()
    {
        Assert.Equal(
            [D(2025, 4, 26), D(2026, 1, 10), D(2026, 8, 22)],
            HolidaySeed.Days.Where(d => d.Kind == CalendarDayKind.MakeUpWorkingDay).Select(d => d.Date).Order());
    }

    [Fact]
    public void The_seed_has_exactly_the_days_off_above()
    {
        var expected = DaysOffList.Select(d => DateOnly.Parse(d, System.Globalization.CultureInfo.InvariantCulture)).Order();
        Assert.Equal(expected, HolidaySeed.Days.Where(d => d.Kind == CalendarDayKind.DayOff).Select(d => d.Date).Order());
    }

    [Theory]
    // 2025
    [InlineData("2024-12-31", "2025-01-10")] // Tết Dương lịch: 2, 3, 6, 7, 8, 9, 10/01
    [InlineData("2025-01-24", "2025-02-11")] // Tết Ất Tỵ: 27–31/01 off; 3, 4, 5, 6, 7, 10, 11/02
    [InlineData("2025-04-04", "2025-04-16")] // Giỗ Tổ Monday 07/4 off: 8, 9, 10, 11, 14, 15, 16
    [InlineData("2025-04-24", "2025-05-07")] // 25, Sat 26 worked, 28, 29; 30/4–2/5 off; 5, 6, 7
    [InlineData("2025-08-28", "2025-09-10")] // 29/8; 1–2/9 off; 3, 4, 5, 8, 9, 10
    // 2026
    [InlineData("2025-12-30", "2026-01-10")] // 31/12; 1–2/01 off; 5, 6, 7, 8, 9; Saturday 10/01 worked
    [InlineData("2026-02-11", "2026-02-27")] // 12, 13; Tết 16–20/02; 23, 24, 25, 26, 27
    [InlineData("2026-04-22", "2026-05-06")] // 23, 24; 27/4 off; 28, 29; 30/4–1/5 off; 4, 5, 6
    [InlineData("2026-08-27", "2026-09-10")] // 28/8; 31/8–2/9 off; 3, 4, 7, 8, 9, 10 (the example)
    [InlineData("2026-08-20", "2026-08-28")] // 21, Sat 22 worked, 24, 25, 26, 27, 28
    // 2027 (provisional)
    [InlineData("2026-12-30", "2027-01-11")] // 31/12; 1/01 off; 4, 5, 6, 7, 8, 11
    [InlineData("2027-02-03", "2027-02-19")] // 4; 5, 8–11/02 off; 12, 15, 16, 17, 18, 19
    [InlineData("2027-04-14", "2027-04-26")] // 15; 16/4 off; 19, 20, 21, 22, 23, 26
    [InlineData("2027-04-28", "2027-05-11")] // 29; 30/4 off; 3/5 off; 4, 5, 6, 7, 10, 11
    [InlineData("2027-08-31", "2027-09-13")] // 1/9; 2–3/9 off; 6, 7, 8, 9, 10, 13
    public void A_seven_working_day_deadline_across_each_block(string receivedOn, string dueOn)
    {
        var received = DateOnly.Parse(receivedOn, System.Globalization.CultureInfo.InvariantCulture);
        var due = DateOnly.Parse(dueOn, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(due, Calendar.AddWorkingDays(received, 7));
    }
}

public sealed class CalendarYearTests
{
    [Theory]
    [InlineData(2026, 10, 31, false, false)]
    [InlineData(2026, 11, 1, false, true)]
    [InlineData(2026, 12, 31, false, true)]
    [InlineData(2026, 11, 1, true, false)]
    [InlineData(2027, 1, 5, false, false)]
    public void From_1_November_an_unconfirmed_next_year_is_overdue(int y, int m, int d, bool confirmed, bool overdue) =>
        Assert.Equal(overdue, CalendarYear.NextYearConfirmationOverdue(new DateOnly(y, m, d), confirmed));

    [Fact]
    public void The_seed_confirms_2025_and_2026_with_their_notices_and_leaves_2027_provisional()
    {
        Assert.Equal([(2025, true), (2026, true), (2027, false)], HolidaySeed.Years.Select(y => (y.Year, y.Confirmed)));
        Assert.Contains("9441/TB-BNV", HolidaySeed.Years.Single(y => y.Year == 2026).Reference, StringComparison.Ordinal);
    }
}
