namespace Decree73.Domain.Calendar;

/// <summary>
/// Counts working days (ngày làm việc): Monday to Friday, less the days off, plus the make-up working days.
/// Decree 73's deadlines ("7 working days from receipt") end on the Nth working day after the starting day.
/// </summary>
public sealed class WorkingCalendar
{
    private readonly Dictionary<DateOnly, CalendarDayKind> exceptions;

    public WorkingCalendar(IEnumerable<CalendarDay> days) =>
        exceptions = days.ToDictionary(d => d.Date, d => d.Kind);

    public bool IsWorkingDay(DateOnly date) =>
        exceptions.TryGetValue(date, out var kind)
            ? kind == CalendarDayKind.MakeUpWorkingDay
            : date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);

    /// <summary>The <paramref name="workingDays"/>-th working day after <paramref name="start"/> (the start day itself does not count).</summary>
    public DateOnly AddWorkingDays(DateOnly start, int workingDays)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(workingDays);
        var date = start;
        for (var counted = 0; counted < workingDays;)
        {
            date = date.AddDays(1);
            if (IsWorkingDay(date))
            {
                counted++;
            }
        }

        return date;
    }

    /// <summary>
    /// Working days left from <paramref name="today"/> until <paramref name="deadline"/>: 0 on the deadline day itself,
    /// negative once it has passed (−1 on the first working day after it).
    /// </summary>
    public int WorkingDaysUntil(DateOnly today, DateOnly deadline)
    {
        if (today == deadline)
        {
            return 0;
        }

        var (from, to, sign) = today < deadline ? (today, deadline, 1) : (deadline, today, -1);
        var count = 0;
        for (var date = from.AddDays(1); date <= to; date = date.AddDays(1))
        {
            if (IsWorkingDay(date))
            {
                count++;
            }
        }

        return sign * count;
    }
}
