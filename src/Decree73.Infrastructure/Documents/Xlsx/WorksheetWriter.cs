using System.Globalization;
using System.Text;
using System.Xml;
using Decree73.Application.Documents;

namespace Decree73.Infrastructure.Documents.Xlsx;

/// <summary>
/// Writes one worksheet as SpreadsheetML straight through an <see cref="XmlWriter"/>, a row at a time: a frozen bold
/// header, column widths, numbers and dates as numeric cells with a number format, text as inline strings (a
/// shared-string table would have to hold every text of the sheet in memory). No SDK element is built per cell: the
/// SDK's <c>OpenXmlWriter</c> with a <c>Row</c>, <c>Cell</c>, <c>InlineString</c> and <c>Text</c> object per value cost
/// most of the time of a long export (docs/performance.md).
/// </summary>
internal static class WorksheetWriter
{
    public const long MaxRows = 1_048_576;
    private const int RowsPerDrain = 1000;
    private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    private static readonly XmlWriterSettings Settings = new()
    {
        Encoding = new UTF8Encoding(false), CloseOutput = false, CheckCharacters = false, Async = false,
    };

    /// <returns>The number of data rows written (the header not counted).</returns>
    public static async Task<long> WriteAsync(
        Stream part, IReadOnlyList<SheetColumn> columns, IAsyncEnumerable<object?[]> rows, DrainingBuffer buffer, CancellationToken ct)
    {
        if (columns.Count == 0)
        {
            throw new ArgumentException("A sheet needs at least one column.", nameof(columns));
        }

        var letters = columns.Select((_, i) => ColumnLetters(i + 1)).ToArray();
        var styles = columns.Select(c => XlsxStyles.For(c.Kind).ToString(CultureInfo.InvariantCulture)).ToArray();
        using var xml = XmlWriter.Create(part, Settings);
        xml.WriteStartDocument(true);
        xml.WriteStartElement("worksheet", Main);
        FrozenHeader(xml);
        xml.WriteStartElement("cols", Main);
        for (var i = 0; i < columns.Count; i++)
        {
            var index = (i + 1).ToString(CultureInfo.InvariantCulture);
            xml.WriteStartElement("col", Main);
            xml.WriteAttributeString("min", index);
            xml.WriteAttributeString("max", index);
            xml.WriteAttributeString("width", columns[i].Width.ToString("R", CultureInfo.InvariantCulture));
            xml.WriteAttributeString("customWidth", "1");
            xml.WriteEndElement();
        }

        xml.WriteEndElement(); // cols
        xml.WriteStartElement("sheetData", Main);
        xml.WriteStartElement("row", Main);
        xml.WriteAttributeString("r", "1");
        var headerStyle = XlsxStyles.Header.ToString(CultureInfo.InvariantCulture);
        for (var i = 0; i < columns.Count; i++)
        {
            TextCell(xml, letters[i], "1", columns[i].Header, headerStyle);
        }

        xml.WriteEndElement(); // row

        // The start of the file and the header leave before the query's first rows are awaited (first byte early).
        xml.Flush();
        part.Flush();
        await buffer.DrainAsync(ct);

        long rowNumber = 1;
        await foreach (var values in rows.WithCancellation(ct))
        {
            if (++rowNumber > MaxRows)
            {
                throw new InvalidOperationException($"A worksheet holds at most {MaxRows} rows, header included.");
            }

            ColumnValues.CheckWidth(values, columns.Count, rowNumber - 1);
            var r = rowNumber.ToString(CultureInfo.InvariantCulture);
            xml.WriteStartElement("row", Main);
            xml.WriteAttributeString("r", r);
            for (var i = 0; i < columns.Count; i++)
            {
                DataCell(xml, letters[i], r, values[i], columns[i], styles[i]);
            }

            xml.WriteEndElement(); // row
            if (rowNumber % RowsPerDrain == 0)
            {
                xml.Flush();
                await buffer.DrainAsync(ct);
            }
        }

        xml.WriteEndElement(); // sheetData
        xml.WriteEndElement(); // worksheet
        xml.WriteEndDocument();
        xml.Flush();
        return rowNumber - 1;
    }

    private static void DataCell(XmlWriter xml, string letters, string row, object? value, SheetColumn column, string style)
    {
        if (value is null)
        {
            return;
        }

        if (column.Kind is ColumnKind.Text)
        {
            var text = ColumnValues.Text(value);
            if (text.Length > 0)
            {
                TextCell(xml, letters, row, text, style: null);
            }

            return;
        }

        var number = ColumnValues.Number(value, column).ToString("R", CultureInfo.InvariantCulture);
        xml.WriteStartElement("c", Main);
        Reference(xml, letters, row);
        xml.WriteAttributeString("s", style);
        xml.WriteElementString("v", Main, number);
        xml.WriteEndElement();
    }

    private static void TextCell(XmlWriter xml, string letters, string row, string text, string? style)
    {
        xml.WriteStartElement("c", Main);
        Reference(xml, letters, row);
        if (style is not null)
        {
            xml.WriteAttributeString("s", style);
        }

        xml.WriteAttributeString("t", "inlineStr");
        xml.WriteStartElement("is", Main);
        xml.WriteStartElement("t", Main);
        xml.WriteAttributeString("xml", "space", null, "preserve");
        xml.WriteString(XmlText.Clean(text));
        xml.WriteEndElement(); // t
        xml.WriteEndElement(); // is
        xml.WriteEndElement(); // c
    }

    private static void Reference(XmlWriter xml, string letters, string row)
    {
        xml.WriteStartAttribute("r");
        xml.WriteString(letters);
        xml.WriteString(row);
        xml.WriteEndAttribute();
    }

    private static void FrozenHeader(XmlWriter xml)
    {
        xml.WriteStartElement("sheetViews", Main);
        xml.WriteStartElement("sheetView", Main);
        xml.WriteAttributeString("workbookViewId", "0");
        xml.WriteStartElement("pane", Main);
        xml.WriteAttributeString("ySplit", "1");
        xml.WriteAttributeString("topLeftCell", "A2");
        xml.WriteAttributeString("activePane", "bottomLeft");
        xml.WriteAttributeString("state", "frozen");
        xml.WriteEndElement();
        xml.WriteStartElement("selection", Main);
        xml.WriteAttributeString("pane", "bottomLeft");
        xml.WriteAttributeString("activeCell", "A2");
        xml.WriteAttributeString("sqref", "A2");
        xml.WriteEndElement();
        xml.WriteEndElement(); // sheetView
        xml.WriteEndElement(); // sheetViews
    }

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
