using Decree73.Application.Units;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Decree73.Web.Pages.Admin.Units;

public sealed class IndexModel(UnitService units) : PageModel
{
    public IReadOnlyList<UnitListItem> Units { get; private set; } = [];

    // The list is filtered to the user's administered subtrees by the service.
    public async Task OnGetAsync(CancellationToken ct) => Units = await units.ListAdministeredAsync(ct);
}
