using Decree73.Application.Units;

using Decree73.Web.Resources;
using Decree73.Web.Authorization;
using Microsoft.AspNetCore.Mvc;
using Decree73.Web.Forms;

namespace Decree73.Web.Pages.Admin.Units;

public sealed class CreateModel(UnitService units, UnitPermissions permissions) : UnitFormModel(units, permissions)
{
    public async Task OnGetAsync(int? parentId, CancellationToken ct)
    {
        Input.ParentId = parentId;
        await LoadOptionsAsync(null, ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        // The new unit lands under the posted parent: that is the resource being changed.
        if (!await MayAdministerAsync(Input.ParentId, ct) || !await MayAdministerAsync(Input.MonitoredUnitId, ct))
        {
            return Forbid();
        }

        if (ModelState.IsValid)
        {
            var result = await Units.CreateAsync(Input, ct);
            if (result.Succeeded)
            {
                TempData["Status"] = UiText.Units_Created;
                return RedirectToPage("Index");
            }

            this.AddErrors(result);
        }

        await LoadOptionsAsync(null, ct);
        return Page();
    }
}
