using Decree73.Application.Documents;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Decree73.Infrastructure.Documents.Xlsx;

/// <summary>The workbook's one stylesheet: a bold shaded header, and number formats per column kind.</summary>
internal static class XlsxStyles
{
    public const uint Header = 1;
    private const uint DateFormatId = 164;

    /// <summary>The cell format (index into cellXfs) for a value of the column's kind.</summary>
    public static uint For(ColumnKind kind) => kind switch
    {
        ColumnKind.Integer => 2,
        ColumnKind.Decimal => 3,
        ColumnKind.Date => 4,
        ColumnKind.Percent => 5,
        _ => 0,
    };

    public static Stylesheet Create() =>
        new(
            new NumberingFormats(new NumberingFormat { NumberFormatId = DateFormatId, FormatCode = "dd/mm/yyyy" }) { Count = 1 },
            new Fonts(Font(bold: false), Font(bold: true)) { Count = 2 },
            new Fills(
                new Fill(new PatternFill { PatternType = PatternValues.None }),
                new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
                new Fill(new PatternFill(new ForegroundColor { Rgb = "FFD9D9D9" }, new BackgroundColor { Indexed = 64 }) { PatternType = PatternValues.Solid }))
            { Count = 3 },
            new Borders(
                new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder()),
                new Border(
                    new LeftBorder { Style = BorderStyleValues.Thin }, new RightBorder { Style = BorderStyleValues.Thin },
                    new TopBorder { Style = BorderStyleValues.Thin }, new BottomBorder { Style = BorderStyleValues.Thin }, new DiagonalBorder()))
            { Count = 2 },
            new CellStyleFormats(new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 }) { Count = 1 },
            new CellFormats(
                new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0 },
                new CellFormat(new Alignment { Horizontal = HorizontalAlignmentValues.Center, Vertical = VerticalAlignmentValues.Center, WrapText = true })
                {
                    NumberFormatId = 0, FontId = 1, FillId = 2, BorderId = 1, FormatId = 0, ApplyFont = true, ApplyFill = true, ApplyBorder = true, ApplyAlignment = true,
                },
                Numeric(3),  // #,##0
                Numeric(4),  // #,##0.00
                Numeric(DateFormatId),
                Numeric(10)) // 0.00%
            { Count = 6 },
            new CellStyles(new CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }) { Count = 1 });

    private static CellFormat Numeric(uint formatId) =>
        new() { NumberFormatId = formatId, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0, ApplyNumberFormat = true };

    private static Font Font(bool bold)
    {
        var font = new Font();
        if (bold)
        {
            font.Append(new Bold());
        }

        font.Append(new FontSize { Val = 12 }, new FontName { Val = "Times New Roman" }, new FontFamilyNumbering { Val = 1 });
        return font;
    }
}
