using Decree73.Application.Reports;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Decree73.Web.Pages.Reports;

/// <summary>The reports of the units the user writes for, and the superior's inbox of submitted subordinate reports.</summary>
public sealed class IndexModel(PeriodicReportService reports) : PageModel
{
    public IReadOnlyList<ReportListItem> Mine { get; private set; } = [];
    public IReadOnlyList<ReportListItem> Inbox { get; private set; } = [];
    public bool MayCreate { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Mine = await reports.MyReportsAsync(ct);
        Inbox = await reports.InboxAsync(ct);
        MayCreate = (await reports.AuthoredUnitsAsync(ct)).Count > 0;
    }
}
