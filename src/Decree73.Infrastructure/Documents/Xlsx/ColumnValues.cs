using System.Globalization;
using Decree73.Application.Documents;

namespace Decree73.Infrastructure.Documents.Xlsx;

/// <summary>Turns a row value into what its column kind stores: a number, an Excel date serial, or text.</summary>
internal static class ColumnValues
{
    public static double Number(object value, SheetColumn column)
    {
        var number = ToNumber(value, column);

        // NaN and infinities have no cell representation; Excel would call the file corrupt.
        return double.IsFinite(number) ? number : throw Mismatch(value, column);
    }

    private static double ToNumber(object value, SheetColumn column) => value switch
    {
        int or long or short or byte or uint or ushort when column.Kind is not ColumnKind.Date => Convert.ToDouble(value, CultureInfo.InvariantCulture),
        decimal d when column.Kind is ColumnKind.Integer && d != decimal.Truncate(d) => throw Mismatch(value, column),
        decimal or double or float when column.Kind is not ColumnKind.Integer and not ColumnKind.Date => Convert.ToDouble(value, CultureInfo.InvariantCulture),
        decimal d when column.Kind is ColumnKind.Integer => (double)d,
        DateOnly date when column.Kind is ColumnKind.Date => date.ToDateTime(TimeOnly.MinValue).ToOADate(),
        DateTime time when column.Kind is ColumnKind.Date => time.Date.ToOADate(),
        DateTimeOffset time when column.Kind is ColumnKind.Date => time.Date.ToOADate(),
        _ => throw Mismatch(value, column),
    };

    public static string Text(object value) => value switch
    {
        string s => s,
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };

    /// <summary>
    /// CSV text: invariant numbers, ISO dates. A text starting with = + - @ gets a leading apostrophe so that a
    /// spreadsheet does not run it as a formula (CSV injection); numbers and dates are never touched.
    /// </summary>
    public static string Csv(object? value, SheetColumn column)
    {
        if (value is null)
        {
            return string.Empty;
        }

        return column.Kind switch
        {
            ColumnKind.Text => Defused(Text(value)),
            ColumnKind.Date => DateOnly.FromDateTime(DateTime.FromOADate(Number(value, column))).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            _ => Number(value, column).ToString("R", CultureInfo.InvariantCulture),
        };
    }

    private static string Defused(string text) =>
        text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + text : text;

    private static ArgumentException Mismatch(object value, SheetColumn column) =>
        new($"Column \"{column.Header}\" ({column.Kind}) cannot hold a {value.GetType().Name} ({value}).", nameof(value));

    /// <summary>Checks the row has one value per column.</summary>
    public static void CheckWidth(object?[] row, int columns, long rowNumber)
    {
        if (row.Length != columns)
        {
            throw new ArgumentException($"Row {rowNumber} has {row.Length} values for {columns} columns.", nameof(row));
        }
    }
}
