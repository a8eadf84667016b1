using Decree73.Application.Common;
using Decree73.Application.Officers;
using Decree73.Application.Units;
using Decree73.Web.Forms;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Decree73.Web.Pages.Admin.Officers;

public sealed class IndexModel(OfficerService officers, UnitService units) : PageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true)]
    public int? UnitId { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? After { get; set; }

    public KeysetPage<OfficerListItem> Results { get; private set; } = new([], null);
    public IEnumerable<SelectListItem> UnitOptions { get; private set; } = [];

    // The service keeps the list inside the user's administered subtrees; a unit filter outside them yields nothing.
    public async Task OnGetAsync(CancellationToken ct)
    {
        Results = await officers.ListAsync(new OfficerFilter(UnitId, After, PageSize), ct);
        UnitOptions = UnitSelectList.From(await units.AdministeredOptionsAsync(ct), selected: UnitId);
    }
}
