using Decree73.Application.Common;
using Decree73.Application.Reports;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Decree73.Web.Pages.Reports;

/// <summary>The reports of the units the user writes for, and the superior's inbox of submitted subordinate reports.</summary>
public sealed class IndexModel(PeriodicReportService reports, TimeProvider time) : PageModel
{
    /// <summary>The year shown; none for every year.</summary>
    [FromQuery]
    public int? Year { get; set; }

    public IReadOnlyList<int> Years { get; private set; } = [];

    public IReadOnlyList<ReportListItem> Mine { get; private set; } = [];
    public IReadOnlyList<ReportListItem> Inbox { get; private set; } = [];
    public bool MayCreate { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var thisYear = VietnamTime.Today(time).Year;
        Years = Enumerable.Range(2023, thisYear - 2023 + 1).Reverse().ToList();
        Mine = await reports.MyReportsAsync(Year, ct);
        Inbox = await reports.InboxAsync(Year, ct);
        MayCreate = (await reports.AuthoredUnitsAsync(ct)).Count > 0;
    }
}
