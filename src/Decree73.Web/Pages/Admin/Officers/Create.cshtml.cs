using Decree73.Application.Officers;
using Decree73.Application.Units;

using Decree73.Web.Resources;
using Decree73.Web.Authorization;
using Microsoft.AspNetCore.Mvc;
using Decree73.Web.Forms;

namespace Decree73.Web.Pages.Admin.Officers;

public sealed class CreateModel(OfficerService officers, UnitService units, UnitPermissions permissions)
    : OfficerFormModel(officers, units, permissions)
{
    public async Task OnGetAsync(int? unitId, CancellationToken ct)
    {
        Input.UnitId = unitId;
        await LoadOptionsAsync(ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await MayAdministerUnitAsync(Input.UnitId, ct))
        {
            return Forbid();
        }

        if (ModelState.IsValid)
        {
            var result = await Officers.CreateAsync(Input, ct);
            if (result.Succeeded)
            {
                TempData["Status"] = UiText.Officers_Created;
                return RedirectToPage("Index", new { unitId = Input.UnitId });
            }

            this.AddErrors(result);
        }

        await LoadOptionsAsync(ct);
        return Page();
    }
}
