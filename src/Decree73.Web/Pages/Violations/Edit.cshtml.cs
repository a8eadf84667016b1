using Decree73.Application.Violations;
using Decree73.Web.Resources;
using Microsoft.AspNetCore.Mvc;

namespace Decree73.Web.Pages.Violations;

/// <summary>
/// Updating an Art. 6 violation (typically its handling): an Interior officer whose scope reaches the deciding agency.
/// Those who see the record but do not record violations (the deciding head, the officer concerned) get 403; anyone
/// else 404. The form carries the record's version: a stale form is a conflict and nothing is written.
/// </summary>
public sealed class EditModel(ViolationService violations) : FormPage
{
    public override string Heading => ProtectionText.Violation_EditTitle;

    [BindProperty]
    public int Version { get; set; }

    [FromRoute]
    public int Id { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ?? Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var posted = (Input, Version);
        if (await LoadAsync(ct) is { } denied)
        {
            return denied;
        }

        (Input, Version) = posted;
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await violations.UpdateAsync(Id, Input, Version, ct);
        if (result.Succeeded)
        {
            TempData["Status"] = ProtectionText.Violation_Saved;
            return Redirect($"/Violations/{Id}");
        }

        if (Deny(result) is { } refused)
        {
            return refused;
        }

        ShowErrors(result);
        return Page();
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        var form = await violations.EditFormAsync(Id, ct);
        if (!form.Succeeded)
        {
            return Deny(form) ?? NotFound();
        }

        (Context, Input, Version) = form.Value;
        return null;
    }
}
