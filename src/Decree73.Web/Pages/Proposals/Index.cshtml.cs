using Decree73.Application.Common;
using Decree73.Application.Proposals;
using Decree73.Domain.Proposals;
using Decree73.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Decree73.Web.Pages.Proposals;

/// <summary>The proposals this user may see; the service applies the visibility rule, so nothing else shows here.</summary>
public sealed class IndexModel(ProposalService proposals) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public ProposalState? State { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? After { get; set; }

    public KeysetPage<ProposalListItem> Results { get; private set; } = new([], null);
    public bool CanPropose { get; private set; }

    public IEnumerable<SelectListItem> StateOptions =>
        EnumText.Options<ProposalState>().Select(o => { o.Selected = o.Value == State?.ToString(); return o; });

    public async Task OnGetAsync(CancellationToken ct)
    {
        Results = await proposals.ListAsync(new ProposalFilter(Q, State, After), ct);
        CanPropose = await proposals.ProposerContextAsync(ct) is not null;
    }
}
