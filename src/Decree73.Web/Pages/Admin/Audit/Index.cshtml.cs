using Decree73.Application.Audit;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Decree73.Web.Pages.Admin.Audit;

/// <summary>
/// The audit chain check for administrators (the /Admin folder requires the Administrator role). Broken chains are
/// listed only for proposals decided in the subtrees the administrator holds.
/// </summary>
public sealed class IndexModel(AuditVerifier verifier) : PageModel
{
    public AuditReport Report { get; private set; } = new(0, 0, []);

    public async Task OnGetAsync(CancellationToken ct) => Report = await verifier.ReportForCurrentUserAsync(ct);
}
