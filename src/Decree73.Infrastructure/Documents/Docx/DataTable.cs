using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using DocumentTable = Decree73.Application.Documents.DocumentTable;
using TableCellValue = Decree73.Application.Documents.TableCell;

namespace Decree73.Infrastructure.Documents.Docx;

/// <summary>A bordered 13 pt table across the text width; the bold header row repeats on every page.</summary>
internal static class DataTable
{
    private const double FontSize = 13;

    public static IEnumerable<OpenXmlElement> Create(DocumentTable table)
    {
        if (table.ColumnWidths is { } given && given.Count != table.Headers.Count)
        {
            throw new ArgumentException("A table needs one column width per header.", nameof(table));
        }

        if (!string.IsNullOrWhiteSpace(table.Caption))
        {
            yield return Paragraphs.Text(table.Caption, new TextStyle(Bold: true, Align: JustificationValues.Center, Before: 120, After: 120, KeepNext: true));
        }

        var widths = Widths(table.ColumnWidths ?? Enumerable.Repeat(1, table.Headers.Count).ToList());
        var result = new Table(Properties(), new TableGrid(widths.Select(w => new GridColumn { Width = Dxa(w) })));
        result.Append(Row(table.Headers.Select(h => (TableCellValue)h), widths, header: true, bold: true));
        foreach (var row in table.Rows)
        {
            result.Append(Row(Fit(row, widths.Count), widths, header: false, bold: false));
        }

        if (table.TotalRow is { } total)
        {
            result.Append(Row(Fit(total, widths.Count), widths, header: false, bold: true));
        }

        yield return result;

        // Keeps two tables in a row apart, and gives the text after a table some air.
        yield return Paragraphs.Text(null, new TextStyle(After: 120));
    }

    private static TableProperties Properties() =>
        new(
            new TableWidth { Width = Dxa(PageSetup.TextWidth), Type = TableWidthUnitValues.Dxa },
            new TableBorders(
                new TopBorder { Val = BorderValues.Single, Size = 4, Color = "000000" },
                new LeftBorder { Val = BorderValues.Single, Size = 4, Color = "000000" },
                new BottomBorder { Val = BorderValues.Single, Size = 4, Color = "000000" },
                new RightBorder { Val = BorderValues.Single, Size = 4, Color = "000000" },
                new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4, Color = "000000" },
                new InsideVerticalBorder { Val = BorderValues.Single, Size = 4, Color = "000000" }),
            new TableLayout { Type = TableLayoutValues.Fixed },
            new TableCellMarginDefault(
                new TopMargin { Width = "40", Type = TableWidthUnitValues.Dxa },
                new TableCellLeftMargin { Width = 85, Type = TableWidthValues.Dxa },
                new BottomMargin { Width = "40", Type = TableWidthUnitValues.Dxa },
                new TableCellRightMargin { Width = 85, Type = TableWidthValues.Dxa }));

    private static TableRow Row(IEnumerable<TableCellValue> cells, IReadOnlyList<int> widths, bool header, bool bold)
    {
        var row = new TableRow(header ? new TableRowProperties(new CantSplit(), new TableHeader()) : new TableRowProperties(new CantSplit()));
        var i = 0;
        foreach (var cell in cells)
        {
            var align = header ? JustificationValues.Center : cell.IsNumber ? JustificationValues.Right : JustificationValues.Left;
            row.Append(new TableCell(
                new TableCellProperties(
                    new TableCellWidth { Width = Dxa(widths[i++]), Type = TableWidthUnitValues.Dxa },
                    new TableCellVerticalAlignment { Val = TableVerticalAlignmentValues.Center }),
                Paragraphs.Text(cell.Text, new TextStyle(Size: FontSize, Bold: bold, Align: align))));
        }

        return row;
    }

    /// <summary>Pads a short row with empty cells and refuses a long one, so every row has one cell per column.</summary>
    private static IEnumerable<TableCellValue> Fit(IReadOnlyList<TableCellValue> row, int columns) =>
        row.Count <= columns
            ? row.Concat(Enumerable.Repeat((TableCellValue)string.Empty, columns - row.Count))
            : throw new ArgumentException($"A table row has {row.Count} cells for {columns} columns.", nameof(row));

    private static List<int> Widths(IReadOnlyList<int> relative)
    {
        var sum = relative.Sum();
        var widths = relative.Select(r => PageSetup.TextWidth * r / sum).ToList();
        widths[^1] += PageSetup.TextWidth - widths.Sum();
        return widths;
    }

    private static string Dxa(int twips) => twips.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
