using Decree73.Application.Protection;
using Decree73.Web.Resources;
using Microsoft.AspNetCore.Mvc;

namespace Decree73.Web.Pages.Protection;

/// <summary>Changing a protection record (type within what the evaluation allows, act date, decision, file): the deciding head only.</summary>
public sealed class EditModel(ProtectionService protection) : FormPage
{
    public override string Heading => ProtectionText.Form_EditTitle;

    [BindProperty]
    public int Version { get; set; }

    [FromRoute]
    public int Id { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } denied)
        {
            return denied;
        }

        ExplainWhenNothingAllowed();
        return Page();
    }

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

        var upload = Upload();
        await using var _ = upload?.Content;
        var result = await protection.UpdateAsync(Id, Version, Input, upload, ct);
        if (result.Succeeded)
        {
            TempData["Status"] = ProtectionText.Form_Saved;
            return RedirectToPage("Details", new { id = Id });
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
        var form = await protection.EditFormAsync(Id, ct);
        if (!form.Succeeded)
        {
            return Refuse(form, "Details", new { id = Id });
        }

        (Context, Input, Version) = form.Value;
        CurrentFileName = (await protection.DetailsAsync(Id, ct))?.SignedFileName;
        MaxFileBytes = protection.MaxFileBytes;
        return null;
    }
}
