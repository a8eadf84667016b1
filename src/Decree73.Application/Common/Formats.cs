using System.Globalization;

namespace Decree73.Application.Common;

public static class Formats
{
    public static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");
    public static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;
}
