namespace Decree73.Application.Documents;

/// <summary>One block of a document body, in order.</summary>
public abstract record DocumentBlock;

/// <param name="Level">1 for a section ("I. CÔNG TÁC TRIỂN KHAI"), 2 for a subsection.</param>
public sealed record DocumentHeading(int Level, string Text) : DocumentBlock
{
    public int Level { get; } = Level is 1 or 2 ? Level : throw new ArgumentOutOfRangeException(nameof(Level), Level, "Heading levels are 1 and 2.");
}

/// <summary>Body text; each line of it becomes a justified paragraph with a first-line indent.</summary>
public sealed record DocumentParagraph(string Text) : DocumentBlock;

/// <summary>A bordered table whose header row repeats on every page it spans.</summary>
/// <param name="Caption">A line above the table, e.g. "Bảng 1. Kết quả tiếp nhận đề xuất"; null when none.</param>
/// <param name="ColumnWidths">Relative widths, one per header; null for equal columns.</param>
/// <param name="TotalRow">A bold last row, e.g. "Tổng cộng"; null when none.</param>
public sealed record DocumentTable(
    string? Caption,
    IReadOnlyList<string> Headers,
    IReadOnlyList<IReadOnlyList<TableCell>> Rows,
    IReadOnlyList<TableCell>? TotalRow = null,
    IReadOnlyList<int>? ColumnWidths = null) : DocumentBlock;

/// <summary>
/// A table cell: text, or a number shown the Vietnamese way ("1.234", "12,5") and aligned right, which keeps its
/// value for a spreadsheet (<see cref="TableSheets"/>). Converts implicitly from string, int, long and decimal, so
/// rows read as <c>["Phường A", 12, 3.5m]</c>.
/// </summary>
public readonly record struct TableCell(string Text, decimal? Value)
{
    public bool IsNumber => Value is not null;

    public static TableCell Number(decimal value) => new(VietnameseFormat.Number(value), value);

    public static implicit operator TableCell(string? text) => new(text ?? string.Empty, null);

    public static implicit operator TableCell(int value) => Number(value);

    public static implicit operator TableCell(long value) => Number(value);

    public static implicit operator TableCell(decimal value) => Number(value);

    public override string ToString() => Text;
}
