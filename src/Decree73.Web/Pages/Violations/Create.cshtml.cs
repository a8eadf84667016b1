using Decree73.Application.Violations;
using Decree73.Web.Resources;
using Microsoft.AspNetCore.Mvc;

namespace Decree73.Web.Pages.Violations;

/// <summary>
/// Recording an Art. 6 violation against a proposal: an Interior officer whose scope reaches its deciding agency. The
/// deciding head, who sees the records, gets 403; anyone else 404.
/// </summary>
public sealed class CreateModel(ViolationService violations) : FormPage
{
    public override string Heading => ProtectionText.Violation_CreateTitle;

    [FromRoute]
    public int ProposalId { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ?? Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } denied)
        {
            return denied;
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await violations.RecordAsync(ProposalId, Input, ct);
        if (result.Succeeded)
        {
            TempData["Status"] = ProtectionText.Violation_Saved;
            return Redirect($"/Violations/{result.Value}");
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
        var form = await violations.NewFormAsync(ProposalId, ct);
        if (!form.Succeeded)
        {
            return Deny(form) ?? NotFound();
        }

        Context = form.Value;
        return null;
    }
}
