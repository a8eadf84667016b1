using System.Globalization;

namespace Decree73.Application.Documents;

/// <summary>Dates and numbers the way Vietnamese administrative documents write them.</summary>
public static class VietnameseFormat
{
    // Built by hand rather than from "vi-VN" so the result does not depend on the ICU data of the machine.
    private static readonly NumberFormatInfo Numbers = new()
    {
        NumberGroupSeparator = ".",
        NumberDecimalSeparator = ",",
        NegativeSign = "-",
    };

    /// <summary>
    /// "ngày 05 tháng 01 năm 2026". Decree 30/2020/NĐ-CP: days below 10 and the months 1 and 2 take a leading
    /// zero; the months 3 to 12 do not ("ngày 15 tháng 3 năm 2026").
    /// </summary>
    public static string Date(DateOnly date)
    {
        var day = date.Day.ToString("00", CultureInfo.InvariantCulture);
        var month = date.Month < 3
            ? date.Month.ToString("00", CultureInfo.InvariantCulture)
            : date.Month.ToString(CultureInfo.InvariantCulture);
        return $"ngày {day} tháng {month} năm {date.Year.ToString(CultureInfo.InvariantCulture)}";
    }

    /// <summary>"Trạm Lộ, ngày 05 tháng 01 năm 2026".</summary>
    public static string PlaceAndDate(string place, DateOnly date) => $"{place.Trim()}, {Date(date)}";

    /// <summary>"1.234" for whole numbers, "12,5" otherwise (at most two decimals, trailing zeros dropped).</summary>
    public static string Number(decimal value) => value.ToString("#,##0.##", Numbers);
}
