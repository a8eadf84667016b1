using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Decree73.Infrastructure.Documents.Docx;

/// <summary>A borderless two-column table, the way Decree 30 lays out the header and the signature block side by side.</summary>
internal static class LayoutTable
{
    public static Table Create(int leftWidth, params TableRow[] rows)
    {
        var rightWidth = PageSetup.TextWidth - leftWidth;
        var table = new Table(
            new TableProperties(
                new TableWidth { Width = PageSetup.TextWidth.ToString(System.Globalization.CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa },
                new TableBorders(
                    new TopBorder { Val = BorderValues.Nil },
                    new LeftBorder { Val = BorderValues.Nil },
                    new BottomBorder { Val = BorderValues.Nil },
                    new RightBorder { Val = BorderValues.Nil },
                    new InsideHorizontalBorder { Val = BorderValues.Nil },
                    new InsideVerticalBorder { Val = BorderValues.Nil }),
                new TableLayout { Type = TableLayoutValues.Fixed }),
            new TableGrid(new GridColumn { Width = Dxa(leftWidth) }, new GridColumn { Width = Dxa(rightWidth) }));
        foreach (var row in rows)
        {
            table.Append(row);
        }

        return table;
    }

    /// <summary>A row that is never split across pages, with the given content in each cell.</summary>
    public static TableRow Row(int leftWidth, IEnumerable<OpenXmlElement> left, IEnumerable<OpenXmlElement> right) =>
        new(
            new TableRowProperties(new CantSplit()),
            Cell(leftWidth, left),
            Cell(PageSetup.TextWidth - leftWidth, right));

    private static TableCell Cell(int width, IEnumerable<OpenXmlElement> content)
    {
        var cell = new TableCell(new TableCellProperties(new TableCellWidth { Width = Dxa(width), Type = TableWidthUnitValues.Dxa }));
        var any = false;
        foreach (var element in content)
        {
            cell.Append(element);
            any = true;
        }

        // A cell must end with a paragraph.
        if (!any)
        {
            cell.Append(new Paragraph());
        }

        return cell;
    }

    private static string Dxa(int twips) => twips.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
