using Decree73.Application.Officers;
using Decree73.Application.Units;
using Decree73.Web.Authorization;
using Decree73.Web.Forms;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Decree73.Web.Pages.Admin.Officers;

/// <summary>Shared by the create and edit pages. The officer's unit is the resource that is authorized.</summary>
public abstract class OfficerFormModel(OfficerService officers, UnitService units, UnitPermissions permissions) : PageModel
{
    protected OfficerService Officers => officers;

    [BindProperty]
    public OfficerInput Input { get; set; } = new();

    public IEnumerable<SelectListItem> UnitOptions { get; private set; } = [];

    protected async Task LoadOptionsAsync(CancellationToken ct) =>
        UnitOptions = UnitSelectList.From(await units.AdministeredOptionsAsync(ct));

    /// <summary>A unit that does not exist passes here and is refused by the service with a message.</summary>
    protected Task<bool> MayAdministerUnitAsync(int? unitId, CancellationToken ct) => permissions.MayAdministerAsync(User, unitId, ct);
}
