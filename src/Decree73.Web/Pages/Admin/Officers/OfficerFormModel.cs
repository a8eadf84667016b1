using Decree73.Application.Officers;
using Decree73.Application.Units;
using Decree73.Web.Authorization;
using Decree73.Application.Common;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Decree73.Web.Pages.Admin.Officers;

/// <summary>Shared by the create and edit pages. The officer's unit is the resource that is authorized.</summary>
public abstract class OfficerFormModel(OfficerService officers, UnitService units, IAuthorizationService authorization) : PageModel
{
    protected OfficerService Officers => officers;

    [BindProperty]
    public OfficerInput Input { get; set; } = new();

    public IEnumerable<SelectListItem> UnitOptions { get; private set; } = [];

    protected async Task LoadOptionsAsync(CancellationToken ct) =>
        UnitOptions = (await units.AdministeredOptionsAsync(ct))
            .Select(o => new SelectListItem(new string('\u00a0', o.Depth * 3) + o.Name, o.Id.ToString(Formats.Invariant)))
            .ToList();

    /// <summary>A unit that does not exist passes here and is refused by the service with a message.</summary>
    protected async Task<bool> MayAdministerUnitAsync(int? unitId, CancellationToken ct)
    {
        if (unitId is null)
        {
            return true;
        }

        var unit = await units.FindAsync(unitId.Value, ct);
        return unit is null || (await authorization.AuthorizeAsync(User, unit, Operations.Administer)).Succeeded;
    }
}
