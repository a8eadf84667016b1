using Decree73.Application.Units;

using Decree73.Web.Resources;
using Decree73.Web.Authorization;
using Microsoft.AspNetCore.Mvc;
using Decree73.Web.Forms;

namespace Decree73.Web.Pages.Admin.Units;

public sealed class EditModel(UnitService units, UnitPermissions permissions) : UnitFormModel(units, permissions)
{
    private bool hasParent = true;

    [BindProperty]
    public int Version { get; set; }

    public override bool HasParent => hasParent;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var unit = await Units.FindAsync(id, ct);
        if (unit is null)
        {
            return NotFound();
        }

        if (!await MayAdministerAsync(unit))
        {
            return Forbid();
        }

        Input = new UnitInput
        {
            Code = unit.Code, Name = unit.Name, Kind = unit.Kind, ParentId = unit.ParentId, MonitoredUnitId = unit.MonitoredUnitId,
        };
        Version = unit.Version;
        hasParent = unit.ParentId is not null;
        await LoadOptionsAsync(id, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        var unit = await Units.FindAsync(id, ct);
        if (unit is null)
        {
            return NotFound();
        }

        hasParent = unit.ParentId is not null;
        if (!hasParent)
        {
            // The root keeps no parent, whatever is posted.
            Input.ParentId = null;
        }

        if (!await MayAdministerAsync(unit)
            || !await MayAdministerAsync(Input.ParentId, ct)
            || !await MayAdministerAsync(Input.MonitoredUnitId, ct))
        {
            return Forbid();
        }

        if (ModelState.IsValid)
        {
            var result = await Units.UpdateAsync(id, Input, Version, ct);
            if (result.Succeeded)
            {
                TempData["Status"] = UiText.Common_Saved;
                return RedirectToPage("Index");
            }

            this.AddErrors(result);
        }

        await LoadOptionsAsync(id, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostDeleteAsync(int id, CancellationToken ct)
    {
        var unit = await Units.FindAsync(id, ct);
        if (unit is null)
        {
            return NotFound();
        }

        if (!await MayAdministerAsync(unit))
        {
            return Forbid();
        }

        var result = await Units.DeleteAsync(id, Version, ct);
        if (result.Succeeded)
        {
            TempData["Status"] = UiText.Common_Deleted;
            return RedirectToPage("Index");
        }

        this.AddErrors(result);
        Input = new UnitInput
        {
            Code = unit.Code, Name = unit.Name, Kind = unit.Kind, ParentId = unit.ParentId, MonitoredUnitId = unit.MonitoredUnitId,
        };
        hasParent = unit.ParentId is not null;
        await LoadOptionsAsync(id, ct);
        return Page();
    }
}
