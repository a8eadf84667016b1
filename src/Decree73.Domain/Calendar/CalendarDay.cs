using Decree73.Domain.Common;

namespace Decree73.Domain.Calendar;

public enum CalendarDayKind
{
    /// <summary>A public holiday, Tết or a swapped day off: not a working day even on a weekday.</summary>
    DayOff,
    /// <summary>An announced make-up working day (ngày làm bù): a working day even on a Saturday or Sunday.</summary>
    MakeUpWorkingDay,
}

/// <summary>
/// An exception to the Monday–Friday week, kept as data that an administrator maintains per year, because the
/// lunar holidays and the swapped days are announced each year.
/// </summary>
public sealed class CalendarDay : Entity
{
    private CalendarDay() { }

    public CalendarDay(DateOnly date, CalendarDayKind kind, string name)
    {
        Date = date;
        Kind = kind;
        Name = name;
    }

    public DateOnly Date { get; set; }
    public CalendarDayKind Kind { get; set; }
    public string Name { get; set; } = "";

    /// <summary>Used only by the seed data, whose ids must be fixed for the migrations.</summary>
    internal static CalendarDay Seed(int id, DateOnly date, CalendarDayKind kind, string name)
    {
        var day = new CalendarDay(date, kind, name) { Version = 1, CreatedAtUtc = new DateTime(2026, 11, 22, 0, 0, 0, DateTimeKind.Utc) };
        day.Id = id;
        return day;
    }
}
