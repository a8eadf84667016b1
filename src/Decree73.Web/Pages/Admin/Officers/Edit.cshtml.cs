using Decree73.Application.Officers;
using Decree73.Application.Units;
using Decree73.Domain.People;

using Decree73.Web.Resources;
using Decree73.Web.Authorization;
using Microsoft.AspNetCore.Mvc;
using Decree73.Web.Forms;

namespace Decree73.Web.Pages.Admin.Officers;

public sealed class EditModel(OfficerService officers, UnitService units, UnitPermissions permissions)
    : OfficerFormModel(officers, units, permissions)
{
    [BindProperty]
    public int Version { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var officer = await Officers.FindAsync(id, ct);
        if (officer is null)
        {
            return NotFound();
        }

        if (!await MayAdministerUnitAsync(officer.UnitId, ct))
        {
            return Forbid();
        }

        Fill(officer);
        await LoadOptionsAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        var officer = await Officers.FindAsync(id, ct);
        if (officer is null)
        {
            return NotFound();
        }

        // Both the unit the officer is in now and the unit they are moved to must be administered.
        if (!await MayAdministerUnitAsync(officer.UnitId, ct) || !await MayAdministerUnitAsync(Input.UnitId, ct))
        {
            return Forbid();
        }

        if (ModelState.IsValid)
        {
            var result = await Officers.UpdateAsync(id, Input, Version, ct);
            if (result.Succeeded)
            {
                TempData["Status"] = UiText.Common_Saved;
                return RedirectToPage("Index", new { unitId = Input.UnitId });
            }

            this.AddErrors(result);
        }

        await LoadOptionsAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostDeleteAsync(int id, CancellationToken ct)
    {
        var officer = await Officers.FindAsync(id, ct);
        if (officer is null)
        {
            return NotFound();
        }

        if (!await MayAdministerUnitAsync(officer.UnitId, ct))
        {
            return Forbid();
        }

        var result = await Officers.DeleteAsync(id, Version, ct);
        if (result.Succeeded)
        {
            TempData["Status"] = UiText.Common_Deleted;
            return RedirectToPage("Index", new { unitId = officer.UnitId });
        }

        this.AddErrors(result);
        Fill(officer);
        await LoadOptionsAsync(ct);
        return Page();
    }

    private void Fill(Officer officer)
    {
        Input = new OfficerInput
        {
            FullName = officer.FullName, Sex = officer.Sex, DateOfBirth = officer.DateOfBirth, EducationLevel = officer.EducationLevel,
            PoliticalTheoryLevel = officer.PoliticalTheoryLevel, Ethnicity = officer.Ethnicity, PostKind = officer.PostKind,
            PostTitle = officer.PostTitle, TaskGroup = officer.TaskGroup, Category = officer.Category, UnitId = officer.UnitId,
        };
        Version = officer.Version;
    }
}
