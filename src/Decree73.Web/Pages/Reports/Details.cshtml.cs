using Decree73.Application.Common;
using Decree73.Application.Documents;
using Decree73.Application.Reports;
using Decree73.Web.Documents;
using Decree73.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Decree73.Web.Pages.Reports;

/// <summary>
/// The report as a document (printable). A submitted report shows its frozen figures with the live ones beside them;
/// a draft shows live figures and is marked as a draft. 404 for anyone who may not read it, downloads included.
/// The downloads of a submitted report state its frozen figures only, so they do not count live ones.
/// </summary>
public sealed class DetailsModel(
    PeriodicReportService reports, IOfficialDocumentWriter documents, ISpreadsheetWriter spreadsheets, TimeProvider time,
    ILogger<DetailsModel> logger) : PageModel
{
    private const string DocxType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    [FromRoute]
    public int Id { get; set; }

    /// <summary>Set by the export script; echoed in a cookie when the file is ready, which ends its busy state.</summary>
    [FromQuery]
    public string? DownloadToken { get; set; }

    public ReportView View { get; private set; } = null!;
    public IReadOnlyList<FigureTable> Tables { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await reports.GetAsync(Id, compareLive: true, ct) is not { } view)
        {
            return NotFound();
        }

        View = view;
        Tables = ReportTables.Build(view.Stated, view.Frozen is null ? null : view.Live);
        return Page();
    }

    /// <summary>The Decree 30/2020 Word document: frozen figures once submitted, live ones (marked "DỰ THẢO") before.</summary>
    public async Task<IActionResult> OnGetDocxAsync(CancellationToken ct)
    {
        if (await reports.GetAsync(Id, compareLive: false, ct) is not { } view)
        {
            return NotFound();
        }

        var output = new MemoryStream();
        await documents.WriteDocxAsync(ReportDocumentBuilder.Document(view, VietnamTime.Today(time)), output, ct);
        return Download(output, DocxType, ReportDocumentBuilder.FileName(view, ".docx"), "docx");
    }

    /// <summary>The figures as a workbook, one sheet per table.</summary>
    public async Task<IActionResult> OnGetXlsxAsync(CancellationToken ct)
    {
        if (await reports.GetAsync(Id, compareLive: false, ct) is not { } view)
        {
            return NotFound();
        }

        var output = new MemoryStream();
        await spreadsheets.WriteAsync(ReportDocumentBuilder.Sheets(view), output, ct);
        return Download(output, XlsxType, ReportDocumentBuilder.FileName(view, ".xlsx"), "xlsx");
    }

    private FileStreamResult Download(MemoryStream output, string contentType, string fileName, string format)
    {
        output.Position = 0;
        if (DownloadToken is { Length: > 0 and <= 20 } token && token.All(char.IsAsciiDigit))
        {
            Response.Cookies.Append("reportDownload", token, new CookieOptions
            {
                Path = "/Reports", HttpOnly = false, IsEssential = true, SameSite = SameSiteMode.Strict, Secure = Request.IsHttps,
                MaxAge = TimeSpan.FromMinutes(2),
            });
        }

        this.LogExported(logger, "periodic report " + Id.ToString(System.Globalization.CultureInfo.InvariantCulture), format);
        return File(output, contentType, fileName);
    }
}
