using Decree73.Application.Common;
using Decree73.Application.Showcase;

using Decree73.Web.Resources;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Decree73.Web.Forms;

namespace Decree73.Web.Pages.Showcase;

/// <summary>
/// The head of the deciding agency publishes, corrects or withdraws a proposal's showcase entry. A proposal the user
/// may not read is not found; a reader who is not that head is refused (403), as is a proposal not evaluated completed.
/// </summary>
public sealed class PublishModel(ShowcaseService showcase) : PageModel
{
    public ShowcaseForm? Form { get; private set; }

    [BindProperty]
    public ShowcaseInput Input { get; set; } = new();

    [BindProperty]
    public int Version { get; set; }

    public async Task<IActionResult> OnGetAsync([FromRoute] int proposalId, CancellationToken ct)
    {
        if (await LoadAsync(proposalId, ct) is { } refused)
        {
            return refused;
        }

        Input = Form!.Input;
        Version = Form.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync([FromRoute] int proposalId, CancellationToken ct)
    {
        if (await LoadAsync(proposalId, ct) is { } refused)
        {
            return refused;
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await showcase.PublishAsync(proposalId, Input, Version, ct);
        if (result.Succeeded)
        {
            TempData["Status"] = AppraisalText.Showcase_Published;
            return Redirect($"/Showcase/{result.Value}");
        }

        return RefuseOrShowErrors(result) ?? Page();
    }

    public async Task<IActionResult> OnPostWithdrawAsync([FromRoute] int proposalId, CancellationToken ct)
    {
        if (await LoadAsync(proposalId, ct) is { } refused)
        {
            return refused;
        }

        var result = await showcase.WithdrawAsync(proposalId, Version, ct);
        if (result.Succeeded)
        {
            TempData["Status"] = AppraisalText.Showcase_Withdrawn;
            return RedirectToPage(new { proposalId });
        }

        Input = Form!.Input;
        return RefuseOrShowErrors(result) ?? Page();
    }

    private IActionResult? RefuseOrShowErrors(OperationResult result)
    {
        if (this.Refusal(result) is { } refused)
        {
            return refused;
        }

        this.AddErrors(result);
        return null;
    }

    private async Task<IActionResult?> LoadAsync(int proposalId, CancellationToken ct)
    {
        Form = await showcase.FormAsync(proposalId, ct);
        if (Form is null)
        {
            return NotFound();
        }

        return Form.IsDecidingHead ? null : Forbid();
    }
}
