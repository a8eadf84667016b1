using Decree73.Application.Protection;
using Decree73.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Decree73.Web.Pages.Protection;

/// <summary>
/// "Bảo vệ cán bộ" for one evaluated proposal: the officers concerned, the type the law allows and the legal basis.
/// Need-to-know: the decider and the Interior office see every officer; the officer concerned sees their own record;
/// anyone else gets 404, even when they may read the proposal.
/// </summary>
public sealed class ProposalModel(ProtectionService protection, ILogger<ProposalModel> logger) : PageModel
{
    public ProtectionPanel? Panel { get; private set; }

    public async Task<IActionResult> OnGetAsync([FromRoute] int proposalId, CancellationToken ct)
    {
        Panel = await protection.PanelAsync(proposalId, ct);
        if (Panel is null)
        {
            return NotFound();
        }

        this.LogViewed(logger, "protection panel of proposal", proposalId);
        return Page();
    }
}
