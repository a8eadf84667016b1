using Decree73.Application.Common;

namespace Decree73.Application.Compliance;

/// <summary>A year, or one quarter of it, on the Vietnamese calendar.</summary>
public sealed record CompliancePeriod(int Year, int? Quarter = null)
{
    public DateOnly FirstDay => new(Year, Quarter is { } q ? ((q - 1) * 3) + 1 : 1, 1);

    public DateOnly LastDay => (Quarter is null ? FirstDay.AddYears(1) : FirstDay.AddMonths(3)).AddDays(-1);

    /// <summary>The first instant of the period, in UTC (00:00 in Hà Nội on the first day).</summary>
    public DateTime FromUtc => StartUtc(FirstDay);

    /// <summary>The first instant after the period, in UTC.</summary>
    public DateTime ToUtc => StartUtc(LastDay.AddDays(1));

    public bool Contains(DateOnly day) => day >= FirstDay && day <= LastDay;

    /// <summary>00:00 in Hà Nội on <paramref name="day"/>, as UTC.</summary>
    public static DateTime StartUtc(DateOnly day) =>
        TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified), VietnamTime.Zone);

    /// <summary>A valid period from the page's filters; the current year when the year is missing or absurd.</summary>
    public static CompliancePeriod From(int? year, int? quarter, DateOnly today) =>
        new(year is >= 2000 and <= 2100 ? year.Value : today.Year, quarter is >= 1 and <= 4 ? quarter : null);
}
