using Decree73.Application.Common;
using Decree73.Application.Protection;
using Decree73.Web.Resources;
using Microsoft.AspNetCore.Mvc;

namespace Decree73.Web.Pages.Protection;

/// <summary>Recording protection for one officer concerned by an evaluated proposal: the deciding head only.</summary>
public sealed class CreateModel(ProtectionService protection) : FormPage
{
    public override string Heading => ProtectionText.Form_CreateTitle;

    public async Task<IActionResult> OnGetAsync([FromRoute] int proposalId, [FromRoute] int officerId, CancellationToken ct)
    {
        if (await LoadAsync(proposalId, officerId, ct) is { } denied)
        {
            return denied;
        }

        var context = Context!;
        Input = new ProtectionInput
        {
            Type = context.SuggestedType, ActOn = context.DefaultActOn,
            DamageDescription = context.DamageDescriptionRequired ? context.Findings.DamageDescription : null,
        };
        ExplainWhenNothingAllowed();
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

        var upload = Upload();
        await using var _ = upload?.Content;
        var result = await protection.CreateAsync(proposalId, officerId, Input, upload, ct);
        if (result.Succeeded)
        {
            TempData["Status"] = ProtectionText.Form_Saved;
            return RedirectToPage("Details", new { id = result.Value });
        }

        if (Deny(result) is { } refused)
        {
            return refused;
        }

        ShowErrors(result);
        return Page();
    }

    private async Task<IActionResult?> LoadAsync(int proposalId, int officerId, CancellationToken ct)
    {
        var context = await protection.NewFormAsync(proposalId, officerId, ct);
        if (!context.Succeeded)
        {
            return Refuse(context, "Proposal", new { proposalId });
        }

        Context = context.Value;
        MaxFileBytes = protection.MaxFileBytes;
        return null;
    }
}
