namespace Decree73.Application.Documents;

/// <summary>
/// Exports a long list row by row: the rows are read from the async sequence as they are written, never all held
/// in memory. Each row has one value per column (see <see cref="SheetData"/> for the types each kind takes).
/// </summary>
public interface ITabularExportWriter
{
    /// <summary>One worksheet named <paramref name="sheetName"/> (sanitised) with a frozen header row.</summary>
    Task WriteXlsxAsync(
        string sheetName, IReadOnlyList<SheetColumn> columns, IAsyncEnumerable<object?[]> rows, Stream output, CancellationToken ct);

    /// <summary>
    /// UTF-8 with a byte-order mark (so that Excel reads the Vietnamese letters), comma-separated, a header line,
    /// numbers with "." as the decimal point and dates as yyyy-MM-dd, so the file reads the same in any locale.
    /// </summary>
    Task WriteCsvAsync(IReadOnlyList<SheetColumn> columns, IAsyncEnumerable<object?[]> rows, Stream output, CancellationToken ct);
}
