using System.Globalization;

namespace Decree73.Web.Infrastructure;

/// <summary>vi-VN display formats: dates as dd/MM/yyyy.</summary>
public static class Display
{
    public const string DateFormat = "dd/MM/yyyy";

    public static string Date(DateOnly date) => date.ToString(DateFormat, CultureInfo.InvariantCulture);

    public static string Date(DateTime utc) => utc.ToLocalTime().ToString(DateFormat, CultureInfo.InvariantCulture);
}
