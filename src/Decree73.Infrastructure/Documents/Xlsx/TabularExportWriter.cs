using System.Globalization;
using System.Text;
using Decree73.Application.Documents;
using CsvHelper;
using CsvHelper.Configuration;
using Microsoft.Extensions.Logging;

namespace Decree73.Infrastructure.Documents.Xlsx;

/// <summary>Streams a long list to .xlsx or .csv, a row at a time.</summary>
public sealed class TabularExportWriter(ILogger<TabularExportWriter> logger) : ITabularExportWriter
{
    // Excel takes a file for UTF-8 only when it starts with the byte-order mark; without it Vietnamese letters come out garbled.
    private static readonly UTF8Encoding Utf8WithBom = new(encoderShouldEmitUTF8Identifier: true);

    public async Task WriteXlsxAsync(
        string sheetName, IReadOnlyList<SheetColumn> columns, IAsyncEnumerable<object?[]> rows, Stream output, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(output);

        using var package = new XlsxPackage(output);
        var count = await package.AddSheetAsync(SheetNames.Sanitise(sheetName), columns, rows, ct);
        await package.FinishAsync(ct);
        logger.LogInformation("Exported {RowCount} rows as {Format}", count, "xlsx");
    }

    public async Task WriteCsvAsync(IReadOnlyList<SheetColumn> columns, IAsyncEnumerable<object?[]> rows, Stream output, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(output);

        var text = new StreamWriter(output, Utf8WithBom, bufferSize: 1 << 16, leaveOpen: true);
        await using var csv = new CsvWriter(text, new CsvConfiguration(CultureInfo.InvariantCulture), leaveOpen: false);
        foreach (var column in columns)
        {
            csv.WriteField(column.Header);
        }

        await csv.NextRecordAsync();
        long count = 0;
        await foreach (var row in rows.WithCancellation(ct))
        {
            ColumnValues.CheckWidth(row, columns.Count, ++count);
            for (var i = 0; i < columns.Count; i++)
            {
                csv.WriteField(ColumnValues.Csv(row[i], columns[i]));
            }

            await csv.NextRecordAsync();
        }

        await csv.FlushAsync();
        logger.LogInformation("Exported {RowCount} rows as {Format}", count, "csv");
    }
}
