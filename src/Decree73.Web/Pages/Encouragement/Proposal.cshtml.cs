using Decree73.Application.Encouragement;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Decree73.Web.Pages.Encouragement;

/// <summary>"Khuyến khích" for one evaluated proposal: measures granted and those the law suggests. Whoever may read the proposal sees it.</summary>
public sealed class ProposalModel(EncouragementService encouragement) : PageModel
{
    public EncouragementPanel? Panel { get; private set; }

    public async Task<IActionResult> OnGetAsync([FromRoute] int proposalId, CancellationToken ct)
    {
        Panel = await encouragement.PanelAsync(proposalId, ct);
        return Panel is null ? NotFound() : Page();
    }
}
