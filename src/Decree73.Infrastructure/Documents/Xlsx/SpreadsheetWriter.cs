using Decree73.Application.Documents;
using Microsoft.Extensions.Logging;

namespace Decree73.Infrastructure.Documents.Xlsx;

/// <summary>Writes report figures as an .xlsx, one worksheet per <see cref="SheetData"/>.</summary>
public sealed class SpreadsheetWriter(ILogger<SpreadsheetWriter> logger) : ISpreadsheetWriter
{
    public async Task WriteAsync(IEnumerable<SheetData> sheets, Stream output, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(sheets);
        ArgumentNullException.ThrowIfNull(output);
        var list = sheets.ToList();
        if (list.Count == 0)
        {
            throw new ArgumentException("A workbook needs at least one sheet.", nameof(sheets));
        }

        var names = SheetNames.SanitiseAll(list.Select(s => s.Name));
        using var package = new XlsxPackage(output);
        for (var i = 0; i < list.Count; i++)
        {
            await package.AddSheetAsync(names[i], list[i].Columns, list[i].Rows.ToAsyncEnumerable(), ct);
        }

        await package.FinishAsync(ct);
        logger.LogInformation("Wrote workbook with sheets {SheetNames} as .xlsx", names);
    }
}
