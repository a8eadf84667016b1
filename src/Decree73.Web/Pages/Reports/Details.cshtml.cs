using Decree73.Application.Reports;
using Decree73.Web.Reports;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Decree73.Web.Pages.Reports;

/// <summary>
/// The report as a document (printable). A submitted report shows its frozen figures with the live ones beside them;
/// a draft shows live figures and is marked as a draft. 404 for anyone who may not read it.
/// </summary>
public sealed class DetailsModel(PeriodicReportService reports) : PageModel
{
    [FromRoute]
    public int Id { get; set; }

    public ReportView View { get; private set; } = null!;
    public IReadOnlyList<FigureTable> Tables { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await reports.GetAsync(Id, ct) is not { } view)
        {
            return NotFound();
        }

        View = view;
        Tables = ReportTables.Build(view.Stated, view.Frozen is null ? null : view.Live);
        return Page();
    }
}
