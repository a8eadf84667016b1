using Decree73.Application.Units;
using Decree73.Domain.Organisation;
using Decree73.Web.Authorization;
using Decree73.Application.Common;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Decree73.Web.Pages.Admin.Units;

/// <summary>Shared by the create and edit pages: the bound input and the unit choices in the user's scope.</summary>
public abstract class UnitFormModel(UnitService units, IAuthorizationService authorization) : PageModel
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
        var list = options.Select(o => new SelectListItem(new string('\u00a0', o.Depth * 3) + o.Name, o.Id.ToString(Formats.Invariant))).ToList();
        ParentOptions = list.Where(o => excludeUnitId is null || o.Value != excludeUnitId.Value.ToString(Formats.Invariant)).ToList();
        MonitoredOptions = list;
    }

    /// <summary>Whether the user may administer the unit with this id (a posted parent or monitored unit, for example).</summary>
    protected async Task<bool> MayAdministerAsync(int? unitId, CancellationToken ct)
    {
        if (unitId is null)
        {
            return true;
        }

        var unit = await units.FindAsync(unitId.Value, ct);
        return unit is null || (await authorization.AuthorizeAsync(User, unit, Operations.Administer)).Succeeded;
    }

    protected async Task<bool> MayAdministerAsync(OrganisationUnit unit) =>
        (await authorization.AuthorizeAsync(User, unit, Operations.Administer)).Succeeded;
}
