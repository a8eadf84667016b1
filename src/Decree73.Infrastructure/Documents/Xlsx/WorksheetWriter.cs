using System.Globalization;
using Decree73.Application.Documents;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;
using SpreadsheetRows = DocumentFormat.OpenXml.Spreadsheet.SheetData;

namespace Decree73.Infrastructure.Documents.Xlsx;

/// <summary>
/// Writes one worksheet with the SDK's forward-only <see cref="OpenXmlWriter"/>, a row at a time: a frozen bold
/// header, column widths, numbers and dates as numeric cells with a number format, text as inline strings (a
/// shared-string table would have to hold every text of the sheet in memory).
/// </summary>
internal static class WorksheetWriter
{
    public const long MaxRows = 1_048_576;
    private const int RowsPerDrain = 1000;

    /// <returns>The number of data rows written (the header not counted).</returns>
    public static async Task<long> WriteAsync(
        Stream part, IReadOnlyList<SheetColumn> columns, IAsyncEnumerable<object?[]> rows, DrainingBuffer buffer, CancellationToken ct)
    {
        if (columns.Count == 0)
        {
            throw new ArgumentException("A sheet needs at least one column.", nameof(columns));
        }

        var letters = columns.Select((_, i) => ColumnLetters(i + 1)).ToArray();
        using var writer = OpenXmlWriter.Create(part);
        writer.WriteStartDocument(true);
        writer.WriteStartElement(new Worksheet());
        writer.WriteElement(FrozenHeader());
        writer.WriteElement(new Columns(columns.Select((c, i) => new Column
        {
            Min = (uint)(i + 1), Max = (uint)(i + 1), Width = c.Width, CustomWidth = true,
        })));
        writer.WriteStartElement(new SpreadsheetRows());
        writer.WriteElement(new Row(columns.Select((c, i) => TextCell(letters[i] + "1", c.Header, XlsxStyles.Header))) { RowIndex = 1 });

        long rowNumber = 1;
        await foreach (var values in rows.WithCancellation(ct))
        {
            if (++rowNumber > MaxRows)
            {
                throw new InvalidOperationException($"A worksheet holds at most {MaxRows} rows, header included.");
            }

            ColumnValues.CheckWidth(values, columns.Count, rowNumber - 1);
            var row = new Row { RowIndex = (uint)rowNumber };
            for (var i = 0; i < columns.Count; i++)
            {
                if (DataCell(letters[i] + rowNumber.ToString(CultureInfo.InvariantCulture), values[i], columns[i]) is { } cell)
                {
                    row.Append(cell);
                }
            }

            writer.WriteElement(row);
            if (rowNumber % RowsPerDrain == 0)
            {
                await buffer.DrainAsync(ct);
            }
        }

        writer.WriteEndElement(); // sheetData
        writer.WriteEndElement(); // worksheet
        writer.Close();
        return rowNumber - 1;
    }

    private static Cell? DataCell(string reference, object? value, SheetColumn column)
    {
        if (value is null)
        {
            return null;
        }

        if (column.Kind is ColumnKind.Text)
        {
            var text = ColumnValues.Text(value);
            return text.Length == 0 ? null : TextCell(reference, text, style: 0);
        }

        var number = ColumnValues.Number(value, column).ToString("R", CultureInfo.InvariantCulture);
        return new Cell(new CellValue(number)) { CellReference = reference, StyleIndex = XlsxStyles.For(column.Kind) };
    }

    private static Cell TextCell(string reference, string text, uint style)
    {
        var cell = new Cell(new InlineString(new Text(XmlText.Clean(text)) { Space = SpaceProcessingModeValues.Preserve }))
        {
            CellReference = reference, DataType = CellValues.InlineString,
        };
        if (style != 0)
        {
            cell.StyleIndex = style;
        }

        return cell;
    }

    private static SheetViews FrozenHeader() =>
        new(new SheetView(
            new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen },
            new Selection { Pane = PaneValues.BottomLeft, ActiveCell = "A2", SequenceOfReferences = new ListValue<StringValue> { InnerText = "A2" } })
        {
            WorkbookViewId = 0,
        });

    /// <summary>1 → A, 26 → Z, 27 → AA.</summary>
    internal static string ColumnLetters(int column)
    {
        var letters = string.Empty;
        for (; column > 0; column = (column - 1) / 26)
        {
            letters = (char)('A' + ((column - 1) % 26)) + letters;
        }

        return letters;
    }
}
