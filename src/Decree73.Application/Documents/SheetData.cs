namespace Decree73.Application.Documents;

/// <summary>
/// One worksheet: a header row from <paramref name="Columns"/>, then one row per entry of <paramref name="Rows"/>
/// with one value per column (null for an empty cell) of a type that fits the column's <see cref="ColumnKind"/>.
/// </summary>
/// <param name="Name">Any text; the writer makes it a valid, unique sheet name with <see cref="SheetNames"/>.</param>
public sealed record SheetData(string Name, IReadOnlyList<SheetColumn> Columns, IReadOnlyList<object?[]> Rows);
