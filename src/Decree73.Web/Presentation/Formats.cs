using System.Globalization;
using Decree73.Application.Common;

namespace Decree73.Web.Presentation;

/// <summary>
/// vi-VN display formats: dates as dd/MM/yyyy, moments as dd/MM/yyyy HH:mm, always in Hà Nội time (UTC+7), whatever
/// the server's own time zone.
/// </summary>
public static class Display
{
    public const string DateFormat = "dd/MM/yyyy";
    public const string MomentFormat = "dd/MM/yyyy HH:mm";

    public static string Date(DateOnly date) => date.ToString(DateFormat, CultureInfo.InvariantCulture);

    /// <summary>The Vietnam date of a stored UTC moment.</summary>
    public static string Date(DateTime utc) => Date(VietnamTime.DateOf(utc));

    /// <summary>A stored UTC moment in Hà Nội time, to the minute.</summary>
    public static string Moment(DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), VietnamTime.Zone).ToString(MomentFormat, CultureInfo.InvariantCulture);
}
