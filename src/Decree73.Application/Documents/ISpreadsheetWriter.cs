namespace Decree73.Application.Documents;

/// <summary>Writes figures as an Excel workbook, one worksheet per <see cref="SheetData"/>.</summary>
public interface ISpreadsheetWriter
{
    /// <summary>Writes the .xlsx to <paramref name="output"/>, which needs only to be writable; it is left open.</summary>
    Task WriteAsync(IEnumerable<SheetData> sheets, Stream output, CancellationToken ct = default);
}
