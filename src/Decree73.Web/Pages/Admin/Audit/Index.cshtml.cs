using Decree73.Application.Audit;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Decree73.Web.Pages.Admin.Audit;

/// <summary>
/// The audit chain check for administrators (the /Admin folder requires the Administrator role). Broken chains are
/// listed only for proposals decided in the subtrees the administrator holds. With <c>?proposal=</c>, the technical
/// trail of one such proposal: every stored field, by its property name, which the proposal page leaves out.
/// </summary>
public sealed class IndexModel(AuditVerifier verifier, ProposalHistory history) : PageModel
{
    public AuditReport Report { get; private set; } = new(0, 0, []);

    [FromQuery(Name = "proposal")]
    public int? ProposalId { get; set; }

    public string? ProposalTitle { get; private set; }
    public IReadOnlyList<HistoryItem> Trail { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (ProposalId is { } id)
        {
            ProposalTitle = await verifier.InspectableTitleAsync(id, ct);
            if (ProposalTitle is null)
            {
                return NotFound();
            }

            Trail = await history.OfAsync(id, ct);
            return Page();
        }

        Report = await verifier.ReportForCurrentUserAsync(ct);
        return Page();
    }
}
