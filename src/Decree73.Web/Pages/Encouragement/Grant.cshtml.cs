
using Decree73.Application.Common;
using Decree73.Application.Encouragement;
using Decree73.Web.Forms;
using Decree73.Web.Resources;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Decree73.Web.Pages.Encouragement;

/// <summary>
/// Granting one measure to one officer concerned: the deciding head or an Interior officer in scope. The proposal and
/// the officer come from the route; the service refuses what Art. 10 does not allow for the outcome.
/// </summary>
public sealed class GrantModel(EncouragementService encouragement) : PageModel
{
    [BindProperty]
    public EncouragementInput Input { get; set; } = new();

    public EncouragementFormContext? Context { get; private set; }

    public async Task<IActionResult> OnGetAsync([FromRoute] int proposalId, [FromRoute] int officerId, CancellationToken ct)
    {
        if (await LoadAsync(proposalId, officerId, ct) is { } denied)
        {
            return denied;
        }

        Input.Role = Context!.Officer.Roles.FirstOrDefault();
        Input.Measure = Context.Suggested.Count > 0 ? Context.Suggested[0] : null;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync([FromRoute] int proposalId, [FromRoute] int officerId, CancellationToken ct)
    {
        if (await LoadAsync(proposalId, officerId, ct) is { } denied)
        {
            return denied;
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await encouragement.GrantAsync(proposalId, officerId, Input, ct);
        if (this.Refusal(result) is { } refused)
        {
            return refused;
        }

        if (result.Succeeded)
        {
            TempData["Status"] = ProtectionText.Encouragement_Saved;
            return RedirectToPage("Proposal", new { proposalId });
        }

        this.AddErrors(result, "Input", "OfficerId");

        return Page();
    }

    private async Task<IActionResult?> LoadAsync(int proposalId, int officerId, CancellationToken ct)
    {
        var context = await encouragement.FormAsync(proposalId, officerId, ct);
        switch (context.Status)
        {
            case OperationStatus.Ok:
                Context = context.Value;
                return null;
            case OperationStatus.Forbidden:
                return Forbid();
            case OperationStatus.Invalid when context.Errors.Count > 0:
                // Refused with a reason (one's own case): back to the list, saying why.
                TempData["Status"] = string.Join(" ", context.Errors.Select(e => e.Message));
                return RedirectToPage("Proposal", new { proposalId });
            default:
                return NotFound();
        }
    }
}
