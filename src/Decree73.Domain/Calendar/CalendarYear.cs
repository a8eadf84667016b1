using Decree73.Domain.Common;

namespace Decree73.Domain.Calendar;

/// <summary>
/// Whether a year's days off and make-up days are the announced ones or still a forecast. The Prime Minister sets each
/// year's Tết and National Day blocks for cán bộ, công chức, viên chức, usually in the autumn before (domain.md §5);
/// until an administrator confirms the year with the reference of that decision, the calendar page calls the year
/// provisional, and from 1 November the compliance page warns administrators that next year is not confirmed.
/// </summary>
public sealed class CalendarYear : Entity
{
    /// <summary>From this day of a year on, next year's calendar should be confirmed.</summary>
    public static readonly (int Month, int Day) ConfirmNextYearBy = (11, 1);

    private CalendarYear() { }

    public CalendarYear(int year) => Year = year;

    public int Year { get; private set; }
    public bool Confirmed { get; private set; }

    /// <summary>The decision or notice the year's blocks come from, e.g. "Thông báo 9441/TB-BNV ngày 16/10/2025".</summary>
    public string? Reference { get; private set; }

    public void Confirm(string reference)
    {
        Confirmed = true;
        Reference = reference;
    }

    public void MarkProvisional()
    {
        Confirmed = false;
    }

    /// <summary>True when <paramref name="today"/> is on or after 1 November and next year is not confirmed.</summary>
    public static bool NextYearConfirmationOverdue(DateOnly today, bool nextYearConfirmed) =>
        !nextYearConfirmed && today >= new DateOnly(today.Year, ConfirmNextYearBy.Month, ConfirmNextYearBy.Day);

    /// <summary>Used only by the seed data, whose ids must be fixed for the migrations.</summary>
    internal static CalendarYear Seed(int id, int year, string? reference) => new(year)
    {
        Id = id,
        Confirmed = reference is not null,
        Reference = reference,
        Version = 1,
        CreatedAtUtc = new DateTime(2026, 12, 4, 0, 0, 0, DateTimeKind.Utc),
    };
}
