namespace Decree73.Application.Documents;

/// <summary>How a column's values are stored: text, or numbers and dates that Excel can sum and sort.</summary>
public enum ColumnKind
{
    /// <summary>Any value, written as its text.</summary>
    Text,

    /// <summary>int, long, short or a whole decimal; shown "#,##0".</summary>
    Integer,

    /// <summary>Any number; shown "#,##0.00".</summary>
    Decimal,

    /// <summary>DateOnly, DateTime or DateTimeOffset (its date); shown dd/MM/yyyy.</summary>
    Date,

    /// <summary>A fraction (0.25 is 25 %); shown "0.00%".</summary>
    Percent,
}

/// <param name="Header">The header text of the column.</param>
/// <param name="Width">The width in characters, as Excel counts them.</param>
public sealed record SheetColumn(string Header, double Width, ColumnKind Kind = ColumnKind.Text);
