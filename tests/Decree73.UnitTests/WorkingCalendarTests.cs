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
