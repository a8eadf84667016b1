namespace Decree73.Application.Documents;

/// <summary>Turns a report table into a worksheet, so that the figures printed in the .docx also go to the .xlsx.</summary>
public static class TableSheets
{
    private const double MinWidth = 8;
    private const double MaxWidth = 60;

    /// <summary>
    /// One column per header. A column whose non-empty cells are all numbers becomes Integer (whole numbers only)
    /// or Decimal, with the numbers' values; any other column is Text. The total row, if any, comes last.
    /// </summary>
    /// <param name="name">The sheet name; the table's caption when null.</param>
    public static SheetData FromTable(DocumentTable table, string? name = null)
    {
        ArgumentNullException.ThrowIfNull(table);
        var rows = table.TotalRow is { } total ? table.Rows.Append(total).ToList() : table.Rows.ToList();
        var columns = table.Headers.Select((header, i) => Column(header, rows.Select(r => i < r.Count ? r[i] : default).ToList())).ToList();
        var values = rows
            .Select(r => columns.Select((c, i) => i < r.Count ? Value(r[i], c.Kind) : null).ToArray())
            .ToList();
        return new SheetData(name ?? table.Caption ?? "Bảng", columns, values);
    }

    private static SheetColumn Column(string header, IReadOnlyList<TableCell> cells)
    {
        var filled = cells.Where(c => !string.IsNullOrEmpty(c.Text)).ToList();
        var kind = filled.Count == 0 || filled.Any(c => !c.IsNumber)
            ? ColumnKind.Text
            : filled.All(c => c.Value == decimal.Truncate(c.Value!.Value)) ? ColumnKind.Integer : ColumnKind.Decimal;
        var longest = cells.Select(c => c.Text.Length).Append(header.Length).Max();
        return new SheetColumn(header, Math.Clamp(longest + 2, MinWidth, MaxWidth), kind);
    }

    private static object? Value(TableCell cell, ColumnKind kind) =>
        string.IsNullOrEmpty(cell.Text) ? null : kind is ColumnKind.Text ? cell.Text : cell.Value;
}
