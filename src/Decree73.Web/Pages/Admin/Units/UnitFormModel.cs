using Decree73.Application.Units;
using Decree73.Domain.Organisation;
using Decree73.Web.Authorization;
using Decree73.Web.Forms;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Decree73.Web.Pages.Admin.Units;

/// <summary>Shared by the create and edit pages: the bound input and the unit choices in the user's scope.</summary>
public abstract class UnitFormModel(UnitService units, UnitPermissions permissions) : PageModel
{
    protected UnitService Units => units;

    [BindProperty]
    public UnitInput Input { get; set; } = new();

    public virtual bool HasParent => true;

    public IEnumerable<SelectListItem> ParentOptions { get; private set; } = [];
    public IEnumerable<SelectListItem> MonitoredOptions { get; private set; } = [];

    protected async Task LoadOptionsAsync(int? excludeUnitId, CancellationToken ct)
    {
        var options = await units.AdministeredOptionsAsync(ct);
        ParentOptions = UnitSelectList.From(options, exclude: excludeUnitId);
        MonitoredOptions = UnitSelectList.From(options);
    }

    /// <summary>Whether the user may administer the unit with this id (a posted parent or monitored unit, for example).</summary>
    protected Task<bool> MayAdministerAsync(int? unitId, CancellationToken ct) => permissions.MayAdministerAsync(User, unitId, ct);

    protected Task<bool> MayAdministerAsync(OrganisationUnit unit) => permissions.MayAdministerAsync(User, unit.Id, CancellationToken.None, mustExist: true);
}
